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
