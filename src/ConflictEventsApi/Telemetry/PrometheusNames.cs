using OpenTelemetry.Metrics;

namespace ConflictEventsApi.Telemetry;

/// <summary>
/// Prometheus keeps the _count suffix for histograms and summaries (a histogram's _count series):
/// a gauge named ..._count is reported by `promtool check metrics` and confuses PromQL readers. The
/// OpenTelemetry semantic conventions name five up-down counters ....count, so they are exported
/// under a plural instead (docs/operations.md lists both names). Applies to OTLP too, so one name
/// means one thing wherever the metrics go.
/// </summary>
public static class PrometheusNames
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["db.client.connection.count"] = "db.client.connections",
        ["dotnet.assembly.count"] = "dotnet.assemblies",
        ["dotnet.process.cpu.count"] = "dotnet.process.cpus",
        ["dotnet.thread_pool.thread.count"] = "dotnet.thread_pool.threads",
        ["dotnet.timer.count"] = "dotnet.timers",
    };

    public static MeterProviderBuilder WithoutCountSuffixes(this MeterProviderBuilder metrics) =>
        metrics.AddView(instrument =>
            Renamed.TryGetValue(instrument.Name, out var name) ? new MetricStreamConfiguration { Name = name } : null);
}
