namespace ConflictEventsApi.Http;

/// <summary>
/// Headers that stop a browser from sniffing, framing or running anything from an API response.
/// Swagger UI keeps the browser defaults; a page with a policy of its own (the explorer) sets it
/// in its branch of the pipeline and keeps it.
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
                // OnStarting callbacks run last registered first, so a page's own policy, registered
                // further down the pipeline, is already there.
                if (!context.Request.Path.StartsWithSegments("/swagger") && !headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy))
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
