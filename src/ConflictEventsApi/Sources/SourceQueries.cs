using System.Text;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Sources;

/// <summary>The position after the last citation of a page: its offset and id.</summary>
public sealed record CitationKey(int StartOffset, int Id);

public sealed class SourceQueries(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        s.id, s.title, s.outlet, s.outlet_basis, s.published_on, s.published_precision, s.published_basis,
        s.corpus_file, s.url, s.text_complete, (SELECT count(*) FROM citations c WHERE c.source_id = s.id) AS citation_count
        """;

    // Each citation supports exactly one thing (a CHECK of the schema); participants, schedules,
    // aliases and affiliations are reported by the event or actor they belong to.
    private const string CitationColumns = """
        c.id, c.start_offset, c.length, c.quote,
        CASE WHEN c.event_id IS NOT NULL THEN 'event'
             WHEN c.schedule_id IS NOT NULL THEN 'schedule'
             WHEN c.participant_id IS NOT NULL THEN 'participant'
             WHEN c.stance_id IS NOT NULL THEN 'stance'
             WHEN c.claim_id IS NOT NULL THEN 'claim'
             WHEN c.actor_id IS NOT NULL THEN 'actor'
             WHEN c.alias_id IS NOT NULL THEN 'alias'
             ELSE 'affiliation' END AS supports,
        coalesce(c.event_id, sch.event_id, p.event_id, c.stance_id, c.claim_id, c.actor_id, al.actor_id, af.actor_id) AS subject_id
        """;

    private const string CitationJoins = """
        LEFT JOIN event_schedules sch ON sch.id = c.schedule_id
        LEFT JOIN event_participants p ON p.id = c.participant_id
        LEFT JOIN actor_aliases al ON al.id = c.alias_id
        LEFT JOIN actor_affiliations af ON af.id = c.affiliation_id
        """;

    /// <summary>One page by id (limit + 1 rows tell whether another follows; no limit: every source), and the total when asked.</summary>
    public async Task<(IReadOnlyList<SourceSummary> Rows, long? Total)> ListAsync(
        string? afterId, int? limit, bool includeTotal, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder($"SELECT {Columns} FROM sources s WHERE @afterId::text IS NULL OR s.id > @afterId ORDER BY s.id LIMIT @take;");
        if (includeTotal) sql.Append(" SELECT count(*) FROM sources;");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql.ToString(),
            new { afterId, take = limit + 1 }, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<SourceSummary>()).AsList();
        long? total = includeTotal ? await results.ReadSingleAsync<long>() : null;
        return (rows, total);
    }

    /// <summary>The source with its full text, or null.</summary>
    public async Task<SourceDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {Columns}, s.body AS text FROM sources s WHERE s.id = @id";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SourceDetail>(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// A page of the source's citations in text order (no limit: all of them) and, when asked,
    /// how many it has; null when the source does not exist: one round trip.
    /// </summary>
    public async Task<(IReadOnlyList<SourceCitation> Rows, long? Total)?> CitationsAsync(string sourceId, CitationKey? after, int? limit,
        bool includeTotal, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT EXISTS (SELECT 1 FROM sources WHERE id = @sourceId);

            SELECT {CitationColumns}
            FROM citations c
            {CitationJoins}
            WHERE c.source_id = @sourceId
              AND (@afterOffset::int IS NULL OR (c.start_offset, c.id) > (@afterOffset, @afterId))
            ORDER BY c.start_offset, c.id
            LIMIT @take;

            SELECT CASE WHEN @includeTotal THEN count(*) END FROM citations WHERE @includeTotal AND source_id = @sourceId;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql,
            new { sourceId, afterOffset = after?.StartOffset, afterId = after?.Id, take = limit + 1, includeTotal },
            cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>()) return null;
        var rows = (await results.ReadAsync<SourceCitation>()).AsList();
        return (rows, await results.ReadSingleAsync<long?>());
    }
}
