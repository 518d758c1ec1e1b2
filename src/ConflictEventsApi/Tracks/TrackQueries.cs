using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tracks;

public sealed class TrackQueries(NpgsqlDataSource dataSource)
{
    private const string Select = """
        SELECT t.slug AS id, t.name, t.name_variants, t.description,
               coalesce(array_agg(s.actor_id ORDER BY s.actor_id) FILTER (WHERE s.actor_id IS NOT NULL), '{}') AS sponsor_ids
        FROM tracks t
        LEFT JOIN track_sponsors s ON s.track_slug = t.slug
        """;

    public async Task<IReadOnlyList<Track>> ListAsync(CancellationToken cancellationToken)
    {
        const string sql = $"""
            {Select}
            GROUP BY t.slug
            ORDER BY t.slug
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Track>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The track with its events' span and its stances per kind, or null: one round trip.</summary>
    public async Task<(Track Track, long EventCount, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<StanceKindCount> StancesByKind)?>
        GetAsync(string id, CancellationToken cancellationToken)
    {
        const string sql = $"""
            {Select}
            WHERE t.slug = @id
            GROUP BY t.slug;

            SELECT count(*) AS event_count, min(e.start_date) AS first_date, max(coalesce(e.end_date, e.start_date)) AS last_date
            FROM events e WHERE e.track_slug = @id;

            SELECT s.kind, count(*) AS stances
            FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
            WHERE s.target_track_slug = @id OR e.track_slug = @id
            GROUP BY s.kind ORDER BY s.kind;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<Track>() is not { } track) return null;
        var span = await results.ReadSingleAsync<EventSpan>();
        return (track, span.EventCount, span.FirstDate, span.LastDate, (await results.ReadAsync<StanceKindCount>()).AsList());
    }

    private sealed record EventSpan
    {
        public required long EventCount { get; init; }
        public DateOnly? FirstDate { get; init; }
        public DateOnly? LastDate { get; init; }
    }
}
