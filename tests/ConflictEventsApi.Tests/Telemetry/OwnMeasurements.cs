using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ConflictEventsApi.Tests.Telemetry;

/// <summary>
/// Every measurement of one meter of one test host: a MeterListener sees all meters in the process,
/// so it keeps only those created by that host's IMeterFactory (the meter's scope).
/// </summary>
public sealed class OwnMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, string?> Tags)> _measurements = new();

    public OwnMeasurements(IServiceProvider services, string meterName)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && ReferenceEquals(instrument.Meter.Scope, factory)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value?.ToString()))));
        _listener.Start();
    }

    /// <summary>The sum of an instrument's measurements, by the value of one tag.</summary>
    public Dictionary<string, long> SumBy(string instrument, string tag) =>
        _measurements.Where(m => m.Instrument == instrument)
            .GroupBy(m => m.Tags.GetValueOrDefault(tag) ?? "")
            .ToDictionary(group => group.Key, group => group.Sum(m => m.Value));

    public long Sum(string instrument) => _measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();
}
