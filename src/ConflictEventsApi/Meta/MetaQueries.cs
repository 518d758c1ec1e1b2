using Dapper;
using Npgsql;

namespace ConflictEventsApi.Meta;

public sealed class MetaQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Every count in one statement.</summary>
    public async Task<DatasetCounts> CountsAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT (SELECT count(*) FROM sources) AS sources,
                   (SELECT count(*) FROM actors) AS actors,
                   (SELECT count(*) FROM actor_aliases) AS aliases,
                   (SELECT count(*) FROM events) AS events,
                   (SELECT count(*) FROM event_participants) AS participants,
                   (SELECT count(*) FROM stances) AS stances,
                   (SELECT count(*) FROM claims) AS claims,
                   (SELECT count(*) FROM claim_topics) AS claim_topics,
                   (SELECT count(*) FROM citations) AS citations
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<DatasetCounts>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    /// <summary>The last migration the journal records, without its extension.</summary>
    public async Task<string?> LastMigrationAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT scriptname FROM public.schemaversions ORDER BY schemaversionsid DESC LIMIT 1";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var script = await connection.ExecuteScalarAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return script is null ? null : Path.GetFileNameWithoutExtension(script);
    }
}
