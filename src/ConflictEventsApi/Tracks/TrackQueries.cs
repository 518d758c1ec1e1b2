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

    /// <summary>The track with its events' span, its stances per kind and its actors' positions, or null: one round trip.</summary>
    public async Task<(Track Track, long EventCount, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<StanceKindCount> StancesByKind, IReadOnlyList<string> Positions)?>
        GetAsync(string id, CancellationToken cancellationToken)
    {
        const string sql = $"""
            {Select}
            WHERE t.slug = @id
            GROUP BY t.slug;

            SELECT count(*) AS event_count, min(e.start_date) AS first_date, max(coalesce(e.end_date, e.start_date)) AS last_date
            FROM events e WHERE e.track_slug = @id;

            SELECT s.kind, count(*) AS stances
            FROM stances s JOIN stance_tracks st ON st.stance_id = s.id
            WHERE st.track = @id
            GROUP BY s.kind ORDER BY s.kind;

            -- Each actor's position toward the track, as its positions list gives it.
            SELECT position_of(min(t.polarity) FILTER (WHERE t.stated_on = t.last_on),
                               max(t.polarity) FILTER (WHERE t.stated_on = t.last_on))
            FROM (SELECT s.actor_id, s.polarity, s.stated_on, max(s.stated_on) OVER (PARTITION BY s.actor_id) AS last_on
                  FROM stances s JOIN stance_tracks st ON st.stance_id = s.id
                  WHERE st.track = @id AND s.target_type IN ('event', 'track')) t
            GROUP BY t.actor_id;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<Track>() is not { } track) return null;
        var span = await results.ReadSingleAsync<EventSpan>();
        var kinds = (await results.ReadAsync<StanceKindCount>()).AsList();
        return (track, span.EventCount, span.FirstDate, span.LastDate, kinds, (await results.ReadAsync<string>()).AsList());
    }

    private sealed record EventSpan
    {
        public required long EventCount { get; init; }
        public DateOnly? FirstDate { get; init; }
        public DateOnly? LastDate { get; init; }
    }
}
