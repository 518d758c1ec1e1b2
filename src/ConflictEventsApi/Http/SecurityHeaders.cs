namespace ConflictEventsApi.Http;

/// <summary>
/// Headers that stop a browser from sniffing, framing or running anything from an API response.
/// Swagger UI keeps the browser defaults; the explorer page has a policy of its own
/// (<see cref="Explorer.ExplorerPage.ContentSecurityPolicy"/>).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Set as the response starts: the exception handler clears headers set earlier, and
        // error responses need these as much as any.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (Explorer.ExplorerPage.Serves(context.Request.Path))
                {
                    headers.ContentSecurityPolicy = Explorer.ExplorerPage.ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                }
                else if (!context.Request.Path.StartsWithSegments("/swagger"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
