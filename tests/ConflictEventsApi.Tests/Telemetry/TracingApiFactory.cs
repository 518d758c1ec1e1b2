using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using Serilog.Core;
using Serilog.Events;

namespace ConflictEventsApi.Tests.Telemetry;

/// <summary>
/// The app with its spans collected in memory (OpenTelemetry's in-memory exporter, added to the
/// app's own tracer provider) and its Serilog events kept in a list (Serilog reads sinks from DI).
/// ActivitySource listeners are process-wide, so spans of other test hosts arrive too: a test finds
/// its own by the trace id it sent in traceparent.
/// </summary>
public sealed class TracingApiFactory(PostgresServer server) : ApiFactory(server)
{
    public List<Activity> Spans { get; } = [];

    public ConcurrentQueue<LogEvent> LogEvents { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Spans are made when they have somewhere to go: here the in-memory exporter, not OTLP.
        builder.UseSetting("Telemetry:Tracing", "true");
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
            services.AddSingleton<ILogEventSink>(new ListSink(LogEvents));
        });
    }

    /// <summary>A GET as part of the given trace (W3C traceparent), and the spans of that trace.</summary>
    public async Task<(HttpStatusCode Status, List<Activity> Spans)> SendTracedAsync(string path, ActivityTraceId traceId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await CreateClient().SendAsync(request, cancellationToken);
        return (response.StatusCode, await SpansOfTraceAsync(traceId, cancellationToken));
    }

    /// <summary>The spans of one trace, once its server span has ended (it ends after the response left).</summary>
    private async Task<List<Activity>> SpansOfTraceAsync(ActivityTraceId traceId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            List<Activity> spans;
            lock (Spans) spans = Spans.Where(span => span.TraceId == traceId).ToList();
            if (spans.Any(span => span.Kind == ActivityKind.Server)) return spans;
            await Task.Delay(50, cancellationToken);
        }
        lock (Spans) return Spans.Where(span => span.TraceId == traceId).ToList();
    }

    private sealed class ListSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
