using System.Security.Cryptography;
using System.Text;
using ConflictEventsApi.Data;
using Dapper;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Npgsql;

// Conditional requests: which responses are a function of the dataset alone, their strong ETags
// (a matching If-None-Match is a 304 before the handler runs), and the dataset version both derive from.
namespace ConflictEventsApi.Caching;

/// <summary>Which requests are a function of the dataset version alone, so may carry ETags and be cached.</summary>
public static class CacheableRequests
{
    public static bool IsCacheable(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !IsExcluded(request.Path);

    /// <summary>
    /// /meta carries today's access date for citing, so its body changes at midnight UTC without a
    /// new dataset: its ETag and cache key include the day.
    /// </summary>
    public static bool VariesByDay(HttpRequest request) => request.Path.StartsWithSegments("/meta");

    /// <summary>The UTC day a day-varying response is for.</summary>
    public static string Today(TimeProvider time) =>
        time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsExcluded(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger");
}

/// <summary>
/// Strong ETags for the read API. A response is a function of the dataset version and the
/// request (path, query, the representation asked for), so the tag is computed before the
/// handler runs and a matching If-None-Match is answered 304 without querying the data.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, DatasetVersion datasetVersion,
    IOptions<CachingOptions> options, TimeProvider time)
{
    // The same setting bounds the server's output cache (DatasetOutputCachePolicy).
    private readonly string _cacheControl = $"public, max-age={(long)options.Value.MaxAge.TotalSeconds}";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!CacheableRequests.IsCacheable(request))
        {
            await next(context);
            return;
        }

        var version = await datasetVersion.GetAsync(context.RequestAborted);
        var etag = ComputeETag(version, request, CacheableRequests.VariesByDay(request) ? CacheableRequests.Today(time) : "");
        if (request.Headers.IfNoneMatch.Count > 0 && Matches(request.Headers.IfNoneMatch, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(context.Response, etag, version);
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK) SetHeaders(context.Response, etag, version);
            return Task.CompletedTask;
        });
        await next(context);
    }

    private void SetHeaders(HttpResponse response, string etag, string version)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = _cacheControl;
        response.Headers.Vary = "Accept, Accept-Encoding";
        response.Headers["X-Dataset-Version"] = version;
    }

    // The host is part of it because some bodies and Link headers hold absolute URLs.
    private static string ComputeETag(string version, HttpRequest request, string day)
    {
        var query = string.Join('&', request.Query
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key}={pair.Value}"));
        var key = $"{version}\n{day}\n{request.Scheme}://{request.Host}{request.PathBase}{request.Path.Value}\n{query}\n{request.Headers.Accept}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return $"\"{Convert.ToHexString(hash, 0, 16).ToLowerInvariant()}\"";
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        // Not "*": it is answered before the handler runs, so it would turn a 404 or a 400 into a 304.
        && tags.Any(tag => tag.Tag.Equals(etag, StringComparison.Ordinal));
}


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
