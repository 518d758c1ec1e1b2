using ConflictEventsApi.Data;
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
public sealed class DatasetVersion(NpgsqlDataSource dataSource, DatabaseCircuit circuit, TimeProvider time, IOptions<CachingOptions> options,
    Telemetry.ApiMetrics? metrics = null)
{
    // A reference, swapped whole, so concurrent requests never see a torn version/time pair.
    private sealed record Reading(string Version, DateTimeOffset ReadAt);

    private readonly Lock _gate = new();
    private Reading? _current;
    private Task<Reading>? _reading;

    /// <summary>
    /// The version, read at most once per lifetime whatever the concurrency (single flight): every
    /// request that finds it due waits for the same read. The read does not run on any request's
    /// token, so a client that leaves does not fail the others waiting on it; the connect and
    /// command timeouts bound it, and a failed read is not kept (the next request tries again).
    /// While the database circuit is open, a due version is a 503 at once.
    /// </summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<Reading> reading;
        lock (_gate)
        {
            if (_current is { } current && time.GetUtcNow() - current.ReadAt < options.Value.DatasetVersionLifetime)
                return current.Version;
            if (_reading is not { IsCompleted: false }) _reading = ReadAndKeepAsync();
            reading = _reading;
        }
        // An open circuit answers at once rather than after the read's connect or command timeout.
        var circuitOpened = circuit.Token;
        using var waitLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, circuitOpened);
        try { return (await reading.WaitAsync(waitLimit.Token)).Version; }
        catch (OperationCanceledException cancelled) when (circuitOpened.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Not a timeout of this read: the circuit gave up on the database (503 cause not_answering).
            throw new DatabaseCircuitOpenException(cancelled);
        }
    }

    private async Task<Reading> ReadAndKeepAsync()
    {
        // Off the caller's synchronisation context and lock: the read starts once the lock is released.
        await Task.Yield();
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        var reading = new Reading(await ReadAsync(connection, CancellationToken.None), time.GetUtcNow());
        _current = reading;
        metrics?.DatasetVersionRead(reading.Version);
        return reading;
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
