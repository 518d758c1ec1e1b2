using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ConflictEventsApi.Caching;

/// <summary>
/// Output caching for the read API. The key is the normalised request (path, every query
/// parameter sorted by name, Accept and Accept-Encoding) plus the dataset version, so a migration
/// that changes the data makes every earlier entry unreachable as soon as the version is re-read;
/// the stale entries then age out within Caching:MaxAge. Only 200 responses are kept, and only
/// when the whole body was captured (CapturedBodyGuard).
/// </summary>
public sealed class DatasetOutputCachePolicy(DatasetVersion datasetVersion, IOptions<CachingOptions> options, TimeProvider time) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var settings = options.Value;
        var request = context.HttpContext.Request;
        if (!settings.OutputCache || !CacheableRequests.IsCacheable(request) || IsStreamedExport(request)) return;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Kept no longer than clients are told they may keep it (Cache-Control max-age).
        context.ResponseExpirationTimeSpan = settings.MaxAge;
        context.CacheVaryByRules.VaryByValues["query"] = QueryKey(request.Query);
        context.CacheVaryByRules.HeaderNames = new(["Accept", "Accept-Encoding"]);
        context.CacheVaryByRules.VaryByValues["dataset"] = await datasetVersion.GetAsync(cancellation);
        if (CacheableRequests.VariesByDay(request)) context.CacheVaryByRules.VaryByValues["day"] = CacheableRequests.Today(time);
        // Concurrent misses for one key wait for the first: a dashboard fleet polling after a
        // migration costs one query, not one per client. A waiter never inherits that request's
        // failure (CacheFillWaiters): it runs again on its own. Set last, when nothing here can fail.
        context.AllowLocking = CacheFillWaiters.MayWaitOnAnotherFill(context.HttpContext);
    }

    /// <summary>
    /// The query in the key: parameters sorted by name (limit=2&amp;track=a and track=a&amp;limit=2 share
    /// an entry), a repeated parameter's values in the order sent. Not ASP.NET's QueryKeys "*", which
    /// also sorts the values: track=b&amp;track=a would then replay the CSV Link header of
    /// track=a&amp;track=b. Its comma form, track=a,b, is another entry for the same reason.
    /// </summary>
    private static string QueryKey(IQueryCollection query) => string.Join('&', query
        .OrderBy(pair => pair.Key, StringComparer.Ordinal)
        // Re-escaped, so q=a%26b=c and q=a&b=c cannot share a key.
        .SelectMany(pair => pair.Value.Select(value => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(value ?? "")}")));

    /// <summary>
    /// A CSV export without a limit streams every matching row: too large to keep, and with the
    /// cache's locking, identical exports would wait for each other (and share a cancellation).
    /// </summary>
    private static bool IsStreamedExport(HttpRequest request) =>
        ListRequest.AsksForExport(
            ResponseFormats.Negotiate(request, request.Query[QueryParameters.Format.Name] is [{ } format] ? format : null, geoJsonAllowed: false),
            limitGiven: request.Query.ContainsKey(QueryParameters.Limit.Name),
            cursorGiven: request.Query.ContainsKey(QueryParameters.Cursor.Name));

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.RequestServices.GetService<Telemetry.ApiMetrics>()?.CacheHit();
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheLookup) context.HttpContext.RequestServices.GetService<Telemetry.ApiMetrics>()?.CacheMiss();
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
