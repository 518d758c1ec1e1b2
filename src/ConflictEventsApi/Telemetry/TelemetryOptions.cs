using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ConflictEventsApi.Telemetry;

/// <summary>The "Telemetry" configuration section.</summary>
public sealed partial class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>
    /// Metrics and traces with OpenTelemetry. Off registers nothing at all (no listener, no
    /// management listener): the baseline the bench compares against.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Server and database spans. Unset: on when they have somewhere to go (OTEL_EXPORTER_OTLP_ENDPOINT
    /// is set), off otherwise, since the tracer costs about a quarter of the cached path's throughput
    /// (docs/performance.md) and spans nobody receives buy nothing. Log events carry the request's
    /// trace id either way (ASP.NET Core starts the request's activity for logging).
    /// </summary>
    public bool? Tracing { get; set; }

    /// <summary>
    /// The management address: the Prometheus scrape endpoint (/metrics) is served here and only
    /// here, on a listener apart from Urls. Loopback by default, so nothing outside the host reads
    /// it until an operator says so; 9464 is the port Prometheus's list of exporter ports gives the
    /// OpenTelemetry exporter. Empty: no management listener (OTLP may still export).
    /// </summary>
    public string ManagementUrl { get; set; } = "http://127.0.0.1:9464";

    /// <summary>The management port, or null when there is no management listener or the URL is invalid.</summary>
    public int? ManagementPort =>
        HttpUrlWithPort().Match(ManagementUrl) is { Success: true } match
        && int.TryParse(match.Groups["port"].Value, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The scrape endpoint is recognised by the port a connection arrived on, so the port must be
        // known before the first request: no 0 (any free port), none left to the scheme's default.
        if (!string.IsNullOrEmpty(ManagementUrl) && ManagementPort is null)
            yield return new ValidationResult(
                $"Telemetry:ManagementUrl must be an http URL with a host and an explicit port, such as http://127.0.0.1:9464 (was '{ManagementUrl}').",
                [nameof(ManagementUrl)]);
    }

    [GeneratedRegex(@"^http://[^/:\s]+:(?<port>[0-9]{1,5})/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpUrlWithPort();
}
