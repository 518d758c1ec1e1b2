namespace ConflictEventsApi.Caching;

/// <summary>Which requests are a function of the dataset version alone, so may carry ETags and be cached.</summary>
public static class CacheableRequests
{
    public static bool IsCacheable(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !IsExcluded(request.Path);

    // /meta carries today's access date for citing, so its body changes without a new dataset.
    private static bool IsExcluded(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/meta");
}
