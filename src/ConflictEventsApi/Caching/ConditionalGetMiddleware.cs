using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ConflictEventsApi.Caching;

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
