using System.Text;
using ConflictEventsApi.Json;
using ConflictEventsApi.Data;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Stances;

/// <summary>The position after the last item of a page: its sort date (or the end sentinel) and id.</summary>
public sealed record StanceKey(DateOnly SortDate, string Id);

public sealed class StanceQueries(NpgsqlDataSource dataSource)
{
    // Every stance is dated (stated_on NOT NULL since 0300); the sort key keeps the coalesce because
    // the (actor, sort key, id) index of 0200 is on that expression, and an index is used only for
    // the expression it was built on.
    private const string SortDate = "coalesce(s.stated_on, 'infinity'::date)";

    // The first quote is the earliest source's (undated sources last), then the earliest in its text.
    private const string Select = """
        SELECT s.id, s.actor_id, a.name AS actor_name, s.kind, s.polarity, k.cameo_code,
               s.target_type, s.target_event_id, s.target_track_slug AS target_track, s.target_actor_id,
               s.speaker_id, sp.name AS speaker_name, s.stated_on, s.stated_precision, s.date_basis, s.condition, s.summary,
               fc.quote, fc.source_id
        FROM stances s
        JOIN actors a ON a.id = s.actor_id
        JOIN stance_kinds k ON k.kind = s.kind
        LEFT JOIN actors sp ON sp.id = s.speaker_id
        LEFT JOIN LATERAL (
            SELECT c.quote, c.source_id
            FROM citations c JOIN sources src ON src.id = c.source_id
            WHERE c.stance_id = s.id
            ORDER BY src.published_on NULLS LAST, c.source_id, c.start_offset, c.id
            LIMIT 1) fc ON TRUE
        """;

    /// <summary>One page (limit + 1 rows tell whether another follows), and the total when asked.</summary>
    public async Task<(IReadOnlyList<StanceItem> Rows, long? Total)> ListAsync(
        StanceFilter filter, StanceKey? after, int limit, bool includeTotal, CancellationToken cancellationToken)
    {
        var (where, parameters) = StanceFilterSql.Where(filter);
        var sql = PageSql(where, after, limit, includeTotal, parameters, filter.Descending);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<StanceItem>()).AsList();
        long? total = includeTotal ? await results.ReadSingleAsync<long>() : null;
        return (rows, total);
    }

    /// <summary>The stance with every citation of it, earliest source first, or null.</summary>
    public async Task<StanceDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        const string sql = $"""
            {Select} WHERE s.id = @id;

            SELECT c.source_id, src.title AS source_title, src.outlet, src.published_on,
                   c.quote, c.start_offset, c.length, 'stance' AS supports
            FROM citations c JOIN sources src ON src.id = c.source_id
            WHERE c.stance_id = @id
            ORDER BY src.published_on NULLS LAST, c.source_id, c.start_offset, c.id;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<StanceItem>() is not { } stance) return null;
        return new StanceDetail { Stance = stance, Citations = (await results.ReadAsync<Citation>()).AsList() };
    }

    /// <summary>A page of one actor's stances, or null when the actor does not exist: one round trip.</summary>
    public async Task<(IReadOnlyList<StanceItem> Rows, long? Total)?> ListForActorAsync(
        string actorId, StanceKey? after, int limit, bool includeTotal, CancellationToken cancellationToken)
    {
        var (where, parameters) = StanceFilterSql.Where(StanceFilter.OfActor(actorId));
        var sql = "SELECT EXISTS (SELECT 1 FROM actors WHERE id = @actorId); " + PageSql(where, after, limit, includeTotal, parameters, descending: false);
        parameters.Add("actorId", actorId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>()) return null;
        var rows = (await results.ReadAsync<StanceItem>()).AsList();
        long? total = includeTotal ? await results.ReadSingleAsync<long>() : null;
        return (rows, total);
    }

    /// <summary>Whether the actor exists (an actor's export answers 404 before it streams).</summary>
    public async Task<bool> ActorExistsAsync(string actorId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM actors WHERE id = @actorId)", new { actorId }, cancellationToken: cancellationToken));
    }

    /// <summary>Every matching stance (CSV exports), in keyset batches of the list query.</summary>
    public IAsyncEnumerable<StanceItem> StreamAsync(StanceFilter filter, CancellationToken cancellationToken) =>
        KeysetBatches.StreamInBatchesAsync<StanceItem, StanceKey>(
            async (after, limit, token) => (await ListAsync(filter, after, limit, includeTotal: false, token)).Rows,
            row => new StanceKey(SortKeyOf(row), row.Id), cancellationToken);

    public static DateOnly SortKeyOf(StanceItem row) => row.StatedOn;

    private static string PageSql(string where, StanceKey? after, int limit, bool includeTotal, DynamicParameters parameters, bool descending)
    {
        var keyset = after is null ? ""
            : " AND " + DateKeysetSql.After(SortDate, "s.id", after.SortDate, after.Id, descending, parameters);
        parameters.Add("take", limit + 1);
        var order = descending ? $"{SortDate} DESC, s.id DESC" : $"{SortDate}, s.id";
        var sql = new StringBuilder($"{Select} WHERE {where}{keyset} ORDER BY {order} LIMIT @take;");
        if (includeTotal) sql.Append($" SELECT count(*) FROM stances s WHERE {where};");
        return sql.ToString();
    }
}
