namespace ConflictEventsApi.Http;

/// <summary>
/// Kestrel limits sized for a read-only API: every request is a GET with a short query string
/// and no body, so anything much larger is garbage or abuse and is refused before routing
/// (414 for a long request line, 431 for large headers, 413 for a body).
/// </summary>
public static class ServerLimits
{
    public const int MaxRequestLineBytes = 8 * 1024;
    public const int MaxRequestHeadersBytes = 16 * 1024;

    public static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options =>
        {
            // The Server header only tells an attacker what to try.
            options.AddServerHeader = false;
            options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            options.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
            options.Limits.MaxRequestHeaderCount = 50;
            options.Limits.MaxRequestBodySize = 4 * 1024;
            options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }
}
