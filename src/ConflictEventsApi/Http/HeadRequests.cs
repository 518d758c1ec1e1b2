namespace ConflictEventsApi.Http;

/// <summary>
/// HEAD for every GET endpoint (CORS advertises it): the request is routed and answered as the
/// GET, so the status and headers (ETag, Content-Type, Link, ...) are the GET's, and the body is
/// discarded. Runs before routing; the output cache keys both methods alike and stores the full
/// body written on a HEAD miss, so a later GET is served the bytes, not an empty entry.
/// </summary>
public static class HeadRequests
{
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try { await next(context); }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        // Routing after the rewrite, or HEAD matches no GET endpoint and is a 405.
        app.UseRouting();
        return app;
    }
}
