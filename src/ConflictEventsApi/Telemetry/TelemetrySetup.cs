using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConflictEventsApi.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core's and Kestrel's meters and the server span, the
/// .NET runtime, Npgsql's pool and command meters and its command spans, and the API's own meter
/// (<see cref="ApiMetrics"/>). Prometheus scrapes them on the management address
/// (<see cref="ManagementEndpoint"/>); OTLP export is added when the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, as every OpenTelemetry SDK does.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "conflict-events-api";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Always there, so the hooks in the request path need no check; with nothing listening a
        // measurement is dropped at once.
        builder.Services.AddSingleton<ApiMetrics>();
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Enabled) return builder;

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var scrape = options.ManagementPort is not null;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(ApiMetrics.MeterName)
                    .WithoutCountSuffixes()
                    .WithLatencyBuckets();
                if (scrape) metrics.AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
        if (options.Tracing ?? otlp)
            telemetry.WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => ManagementEndpoint.IsTraced(context, options.ManagementPort))
                    .AddNpgsql();
                if (otlp) tracing.AddOtlpExporter();
            });
        if (scrape) ManagementEndpoint.Listen(builder, options.ManagementUrl);
        return builder;
    }

    /// <summary>
    /// Npgsql's command spans, named by the SQL's operation ("SELECT events") rather than the
    /// database's name. Npgsql never puts parameter values on a span; the SQL text it records holds
    /// only placeholders, because every query here is parameterised.
    /// </summary>
    public static NpgsqlDataSourceBuilder WithDatabaseSpans(this NpgsqlDataSourceBuilder dataSource) =>
        dataSource.ConfigureTracing(tracing => tracing
            .ConfigureCommandSpanNameProvider(DatabaseSpans.NameOf)
            .ConfigureCommandEnrichmentCallback(DatabaseSpans.Enrich));
}
