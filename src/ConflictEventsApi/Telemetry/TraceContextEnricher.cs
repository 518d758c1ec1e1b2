using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace ConflictEventsApi.Telemetry;

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
