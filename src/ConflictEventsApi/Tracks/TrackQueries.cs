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

    /// <summary>The track with its events' span and the stances toward it or its events, or null: one round trip.</summary>
    public async Task<TrackDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        const string toward = """
            FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
            WHERE s.target_track_slug = @id OR e.track_slug = @id
            """;
        const string tally = """
            count(DISTINCT s.actor_id) FILTER (WHERE s.polarity = 1) AS "for",
            count(DISTINCT s.actor_id) FILTER (WHERE s.polarity = -1) AS against,
            count(DISTINCT s.actor_id) FILTER (WHERE s.polarity = 0) AS neutral
            """;
        const string sql = $"""
            {Select}
            WHERE t.slug = @id
            GROUP BY t.slug;

            SELECT count(*) AS event_count, min(e.start_date) AS first_date, max(coalesce(e.end_date, e.start_date)) AS last_date
            FROM events e WHERE e.track_slug = @id;

            SELECT {tally} {toward};

            SELECT s.kind, {tally} {toward} GROUP BY s.kind ORDER BY s.kind;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<Track>() is not { } track) return null;
        var span = await results.ReadSingleAsync<EventSpan>();
        return new TrackDetail
        {
            Track = track,
            Summary = new TrackSummary
            {
                EventCount = span.EventCount,
                FirstDate = span.FirstDate,
                LastDate = span.LastDate,
                Stances = await results.ReadSingleAsync<StanceTally>(),
                StancesByKind = (await results.ReadAsync<StanceKindTally>()).AsList(),
            },
        };
    }

    private sealed record EventSpan
    {
        public required long EventCount { get; init; }
        public DateOnly? FirstDate { get; init; }
        public DateOnly? LastDate { get; init; }
    }
}
