using Dapper;
using Npgsql;

namespace ConflictEventsApi.Caching;

/// <summary>
/// The dataset's version is its latest applied migration: the data changes through migrations
/// only. Read from the journal and kept for a few seconds, so every response's ETag follows a
/// migration applied by any instance, at the cost of one tiny query per interval.
/// </summary>
public sealed class DatasetVersion(NpgsqlDataSource dataSource, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private (string Version, DateTimeOffset ReadAt)? _current;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && time.GetUtcNow() - current.ReadAt < Lifetime) return current.Version;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var version = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT max(scriptname) FROM public.schemaversions", cancellationToken: cancellationToken)) ?? "none";
        version = Path.GetFileNameWithoutExtension(version);
        _current = (version, time.GetUtcNow());
        return version;
    }
}
