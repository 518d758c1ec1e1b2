using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tracks;

public sealed class TrackQueries(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<Track>> ListAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.slug AS id, t.name, t.name_variants, t.description,
                   coalesce(array_agg(s.actor_id ORDER BY s.actor_id) FILTER (WHERE s.actor_id IS NOT NULL), '{}') AS sponsor_ids
            FROM tracks t
            LEFT JOIN track_sponsors s ON s.track_slug = t.slug
            GROUP BY t.slug
            ORDER BY t.slug
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Track>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
