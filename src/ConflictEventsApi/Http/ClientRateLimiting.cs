using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace ConflictEventsApi.Http;

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
