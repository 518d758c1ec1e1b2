using System.Diagnostics;
using ConflictEventsApi.Http;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ConflictEventsApi.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section; readable text on a terminal, compact
    /// JSON otherwise (containers, files, CI).
    /// </summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: several test hosts in one process would otherwise fight over the
        // static logger ("The logger is already frozen").
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<TraceContextEnricher>();
            if (Console.IsOutputRedirected)
                logger.WriteTo.Console(new CompactJsonFormatter());
            else
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request: method, path, status, elapsed ms and trace id.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Debug
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("TraceId", ProblemResponses.TraceId(context));
        });
        return app;
    }
}

/// <summary>
/// Puts the current span's TraceId and SpanId on every log event as properties, so one request's
/// log lines can be joined with its spans in any sink (the compact JSON's @tr/@sp are not
/// searchable properties in every log store, and text sinks drop them).
/// </summary>
public sealed class TraceContextEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (Activity.Current is not { } activity || activity.TraceId == default) return;
        logEvent.AddPropertyIfAbsent(new LogEventProperty("TraceId", new ScalarValue(activity.TraceId.ToHexString())));
        logEvent.AddPropertyIfAbsent(new LogEventProperty("SpanId", new ScalarValue(activity.SpanId.ToHexString())));
    }
}
