using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ConflictEventsApi.Caching;

/// <summary>
/// The dataset's version is its latest applied migration: the data changes through migrations
/// only. Read from the journal and kept for a few seconds (Caching:DatasetVersionLifetime), so
/// every ETag and output-cache key follows a migration applied by any instance, at the cost of
/// one tiny query per interval.
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
        // The last script applied, not the greatest name: a sixth article (0106_…) lands after
        // 0200_indexes_for_scale and must still change the version.
        const string sql = "SELECT scriptname FROM public.schemaversions ORDER BY schemaversionsid DESC LIMIT 1";
        var version = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            sql, cancellationToken: cancellationToken)) ?? "none";
        version = Path.GetFileNameWithoutExtension(version);
        _current = new Reading(version, time.GetUtcNow());
        return version;
    }
}
