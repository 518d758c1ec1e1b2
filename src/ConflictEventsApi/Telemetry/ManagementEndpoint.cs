using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ConflictEventsApi.Telemetry;

/// <summary>
/// The management address: a listener of its own beside Urls (loopback by default,
/// Telemetry:ManagementUrl), which serves the Prometheus scrape endpoint, /metrics, and nothing
/// else; the public address does not serve /metrics (its 404 is the API's). A request is told apart
/// by the local port its connection arrived on, which a client cannot forge (a Host header it can).
/// Scrapes stay out of the request metrics, traces and request log, and skip the rate limiter and
/// the output cache: the branch runs before them.
/// </summary>
public static class ManagementEndpoint
{
    public const string MetricsPath = "/metrics";

    /// <summary>Adds the management URL to the addresses Kestrel binds, keeping the public ones.</summary>
    internal static void Listen(WebApplicationBuilder builder, string managementUrl)
    {
        var configuration = builder.Configuration;
        // What Kestrel would bind without us: Urls, else ASPNETCORE_HTTP_PORTS/HTTPS_PORTS (the
        // container images set HTTP_PORTS=8080), else its own default. Setting urls overrides the
        // ports, so they are carried over here.
        var urls = configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } configured
            ? configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [.. Ports(configuration["http_ports"], "http"), .. Ports(configuration["https_ports"], "https")];
        if (urls.Length == 0) urls = ["http://localhost:5000"];
        builder.WebHost.UseUrls([.. urls, managementUrl]);
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{scheme}://*:{port}");

    /// <summary>
    /// First in the pipeline: requests on the management port get /metrics or a bare 404, and never
    /// reach the API. With telemetry off there is no management listener and this adds nothing.
    /// </summary>
    public static WebApplication UseManagementEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (!options.Enabled || options.ManagementPort is not { } port) return app;
        app.MapWhen(context => context.Connection.LocalPort == port, management =>
        {
            management.Use((context, next) =>
            {
                // Scrapes every few seconds would drown the request-rate panels otherwise.
                if (context.Features.Get<IHttpMetricsTagsFeature>() is { } tags) tags.MetricsDisabled = true;
                return next(context);
            });
            management.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null,
                predicate: context => context.Request.Path == MetricsPath, path: null, configureBranchedPipeline: null, optionsName: null);
            management.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }

    /// <summary>Which requests get a server span: not the management port's, not load balancers' health checks.</summary>
    internal static bool IsTraced(HttpContext context, int? managementPort) =>
        !context.Request.Path.StartsWithSegments("/health") && context.Connection.LocalPort != managementPort;
}
