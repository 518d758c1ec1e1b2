using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ConflictEventsApi.Caching;

/// <summary>
/// The dataset's version: a digest of every migration applied (names and checksums, in the order
/// applied), written by the migrator in each script's transaction (public.dataset_version, see
/// DatabaseMigrator.DatasetVersionSql). Two databases built from different scripts never share it;
/// the same scripts give the same version everywhere. Read and kept for a few seconds
/// (Caching:DatasetVersionLifetime), so every ETag and output-cache key follows a migration
/// applied by any instance, at the cost of one tiny query per interval.
/// </summary>
public sealed class DatasetVersion(NpgsqlDataSource dataSource, TimeProvider time, IOptions<CachingOptions> options)
{
    // A reference, swapped whole, so concurrent requests never see a torn version/time pair.
    private sealed record Reading(string Version, DateTimeOffset ReadAt);

    private Reading? _current;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && time.GetUtcNow() - current.ReadAt < options.Value.DatasetVersionLifetime)
            return current.Version;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var version = await ReadAsync(connection, cancellationToken);
        _current = new Reading(version, time.GetUtcNow());
        return version;
    }

    private static async Task<string> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            const string sql = "SELECT version FROM public.dataset_version";
            return await connection.ExecuteScalarAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken)) ?? "none";
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // Before 0302_dataset_version is applied: a digest of the journal's names, still never the last name alone.
            const string sql = """
                SELECT left(encode(sha256(convert_to(coalesce(string_agg(scriptname, E'\n' ORDER BY schemaversionsid), ''), 'UTF8')), 'hex'), 16)
                FROM public.schemaversions
                """;
            return await connection.ExecuteScalarAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken)) ?? "none";
        }
    }
}
