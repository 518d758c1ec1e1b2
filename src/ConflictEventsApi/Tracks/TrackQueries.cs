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
    public async Task<(Track Track, long EventCount, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<StanceKindCount> StancesByKind, IReadOnlyDictionary<string, long> Positions)?>
        GetAsync(string id, CancellationToken cancellationToken)
    {
        const string sql = $"""
            {Select}
            WHERE t.slug = @id
            GROUP BY t.slug;

            -- Kept with the dataset (1009): counting a track's events and stances per request took
            -- seconds at 1M events.
            SELECT s.event_count, s.first_date, s.last_date FROM track_summaries s WHERE s.track = @id;

            SELECT k.kind, k.stances FROM track_stance_kinds k WHERE k.track = @id ORDER BY k.kind;

            -- Each actor's position toward the track: the rows of its positions list, counted.
            SELECT p.position, count(*) AS actors FROM track_positions p WHERE p.track = @id AND NOT p.rollup GROUP BY p.position;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        if (await results.ReadSingleOrDefaultAsync<Track>() is not { } track) return null;
        var span = await results.ReadSingleAsync<EventSpan>();
        var kinds = (await results.ReadAsync<StanceKindCount>()).AsList();
        var positions = (await results.ReadAsync<(string Position, long Actors)>()).ToDictionary(row => row.Position, row => row.Actors);
        return (track, span.EventCount, span.FirstDate, span.LastDate, kinds, positions);
    }

    private sealed record EventSpan
    {
        public required long EventCount { get; init; }
        public DateOnly? FirstDate { get; init; }
        public DateOnly? LastDate { get; init; }
    }
}
