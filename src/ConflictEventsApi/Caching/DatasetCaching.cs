using System.Security.Cryptography;
using System.Text;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ConflictEventsApi.Caching;

public static class CachingSetup
{
    /// <summary>The dataset version, ETags and the output cache, configured from the "Caching" section.</summary>
    public static WebApplicationBuilder AddDatasetCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DatasetVersion>();
        builder.Services.AddSingleton<DatasetOutputCachePolicy>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<CachingOptions>, IServiceProvider>(
            (cache, caching, services) =>
            {
                cache.MaximumBodySize = caching.Value.OutputCacheMaximumBodyBytes;
                cache.SizeLimit = caching.Value.OutputCacheSizeLimitBytes;
                cache.AddPolicy(Http.Requests.RequestValidation.OutputCachePolicy, services.GetRequiredService<DatasetOutputCachePolicy>());
            });
        return builder;
    }

    /// <summary>
    /// ETags first (a matching If-None-Match is a 304 before any lookup), then the output cache,
    /// which stores a response only when it captured every byte sent (<see cref="CapturedBodyGuard"/>)
    /// and whose waiters never inherit a failed fill (<see cref="CacheFillWaiters"/>).
    /// </summary>
    public static WebApplication UseDatasetCaching(this WebApplication app)
    {
        app.UseDeliveredBodyCounter();
        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseIndependentCacheWaiters();
        app.UseOutputCache();
        app.UseOwnPipelineMarker();
        app.UseCapturedBodyCheck();
        return app;
    }
}

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
    private static bool IsStreamedExport(HttpRequest request) => ListRequest.AsksForExport(request);

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
