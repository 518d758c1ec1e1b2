using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ConflictEventsApi.Caching;

/// <summary>
/// Output caching for the read API. The key is the normalised request (path, every query
/// parameter sorted by name, Accept and Accept-Encoding) plus the dataset version, so a migration
/// that changes the data makes every earlier entry unreachable as soon as the version is re-read;
/// the stale entries then age out. Only 200 responses are kept.
/// </summary>
public sealed class DatasetOutputCachePolicy(DatasetVersion datasetVersion, IOptions<CachingOptions> options) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.OutputCache || !CacheableRequests.IsCacheable(context.HttpContext.Request)) return;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Concurrent misses for one key wait for the first: a dashboard fleet polling after a
        // migration costs one query, not one per client.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = settings.OutputCacheDuration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new(["Accept", "Accept-Encoding"]);
        context.CacheVaryByRules.VaryByValues["dataset"] = await datasetVersion.GetAsync(cancellationToken);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
