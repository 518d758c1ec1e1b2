using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

// The small middlewares every request passes, in the order Program.cs registers them: the
// security headers, HEAD answered as GET (and routing), then the per-client rate limit.
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

/// <summary>
/// A fixed window of requests per client address (RateLimiting:PermitLimit per
/// RateLimiting:WindowSeconds; 0 turns it off, the default). Behind a load balancer every request
/// comes from the balancer, so X-Forwarded-For names the client, but only when the request comes
/// from one of Network:TrustedProxies (addresses or CIDR networks): anyone else could forge it.
/// </summary>
public static class ClientRateLimiting
{
    /// <summary>The rate limiting policy of the API's operations.</summary>
    public const string Policy = "client";

    public static WebApplicationBuilder AddClientRateLimiting(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("Network:TrustedProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; trust exactly what is configured instead.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/')) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        var permitLimit = builder.Configuration.GetValue("RateLimiting:PermitLimit", 0);
        var window = TimeSpan.FromSeconds(builder.Configuration.GetValue("RateLimiting:WindowSeconds", 60));
        builder.Services.AddRateLimiter(options =>
        {
            // A policy the API's groups require (RequestValidation.MapApiGroup), not a global limiter:
            // health checks, Swagger UI and the explorer's files are outside it.
            options.AddPolicy(Policy, context =>
                permitLimit <= 0
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        // In-memory test hosts have no remote address: they share one partition.
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 }));
            options.OnRejected = (rejected, _) =>
            {
                var context = rejected.HttpContext;
                context.RequestServices.GetService<Telemetry.ApiMetrics>()?.RateLimited();
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds) : (int)window.TotalSeconds;
                context.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests,
                    "Too many requests", $"This client may send {permitLimit} requests every {window.TotalSeconds:0} seconds. Retry after the time in Retry-After."));
            };
        });
        return builder;
    }

    public static WebApplication UseClientRateLimiting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRateLimiter();
        return app;
    }
}
