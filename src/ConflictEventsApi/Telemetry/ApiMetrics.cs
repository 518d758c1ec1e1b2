using System.Diagnostics.Metrics;

namespace ConflictEventsApi.Telemetry;

/// <summary>
/// The API's own instruments, on the meter "ConflictEventsApi" (docs/operations.md lists each one,
/// its Prometheus name, unit and meaning). Created through the host's IMeterFactory, so two hosts in
/// one process (the tests) count apart. Recording with no listener (telemetry off) costs a check.
/// </summary>
public sealed class ApiMetrics
{
    public const string MeterName = "ConflictEventsApi";

    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _unavailable;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _truncatedExports;
    private volatile string? _datasetVersion;

    public ApiMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _cacheLookups = meter.CreateCounter<long>("conflict_events.output_cache.lookups", "{lookup}",
            "Output cache lookups of cacheable reads, by result: hit (served from memory, also a waiter served by another request's fill) or miss (the handler ran).");
        _unavailable = meter.CreateCounter<long>("conflict_events.unavailable_responses", "{response}",
            "503 responses because the database could not answer, by cause.");
        _rateLimited = meter.CreateCounter<long>("conflict_events.rate_limit.rejections", "{request}",
            "Requests rejected with 429 by the per-client rate limiter.");
        _truncatedExports = meter.CreateCounter<long>("conflict_events.exports.truncated", "{export}",
            "Streamed CSV exports cut after their headers left: the connection was aborted (cause client_gone when the client left).");
        meter.CreateObservableGauge("conflict_events.dataset.info", ObserveDatasetVersion, "{dataset}",
            "Always 1, labelled with the dataset version the API last read (the digest of every migration applied).");
    }

    public void CacheHit() => _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", "hit"));

    public void CacheMiss() => _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", "miss"));

    /// <summary>A 503 sent; the cause as the failure classifier named it (ConnectionLost, Timeout, ...).</summary>
    public void Unavailable(Enum cause) => _unavailable.Add(1, new KeyValuePair<string, object?>("cause", LabelOf(cause)));

    public void RateLimited() => _rateLimited.Add(1);

    public void ExportTruncated(Enum cause) => _truncatedExports.Add(1, new KeyValuePair<string, object?>("cause", LabelOf(cause)));

    /// <summary>The dataset version just read; the info gauge reports the latest.</summary>
    public void DatasetVersionRead(string version) => _datasetVersion = version;

    private IEnumerable<Measurement<long>> ObserveDatasetVersion() =>
        _datasetVersion is { } version ? [new Measurement<long>(1, new KeyValuePair<string, object?>("version", version))] : [];

    /// <summary>ConnectionLost → connection_lost: label values in the style of the labels around them.</summary>
    internal static string LabelOf(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
