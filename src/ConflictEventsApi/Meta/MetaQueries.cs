using Dapper;
using Npgsql;

namespace ConflictEventsApi.Meta;

public sealed class MetaQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Every count, as kept with the dataset.</summary>
    public async Task<DatasetCounts> CountsAsync(CancellationToken cancellationToken)
    {
        // Counted with the dataset (dataset_counts, 1010): counting 10M events per request took seconds.
        const string sql = """
            SELECT c.sources, c.actors, c.aliases, c.events, c.participants, c.stances, c.claims, c.claim_topics, c.citations
            FROM dataset_counts c
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
