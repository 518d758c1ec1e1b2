using System.Diagnostics;
using Serilog.Events;

namespace ConflictEventsApi.Tests.Telemetry;

/// <summary>
/// One request's spans and log lines meet: the server span (with its route) has the database spans
/// (with the SQL's operation) as children, no span carries a parameter value, and the request's log
/// line carries the same TraceId and the server span's SpanId.
/// </summary>
public sealed class TraceTests(TracingApiFactory api) : IClassFixture<TracingApiFactory>
{
    // A value that reaches SQL only as a parameter: it must appear on no span.
    private const string Track = "sochi";

    [Fact]
    public async Task OneRequestYieldsAServerSpanWithADatabaseChildAndALogLineWithTheSameTraceId()
    {
        var traceId = ActivityTraceId.CreateRandom();

        var (status, spans) = await api.SendTracedAsync($"/events?track={Track}&limit=3", traceId, TestContext.Current.CancellationToken);

        status.Should().Be(HttpStatusCode.OK);
        var server = spans.Should().ContainSingle(span => span.Kind == ActivityKind.Server).Subject;
        server.GetTagItem("http.route").Should().Be("/events");
        // Commands only: Npgsql also traces a physical connection it opens for the request ("CONNECT db"),
        // which happens only when the pool has no idle connection.
        var database = spans.Where(span => span.Source.Name == "Npgsql" && span.ParentSpanId == server.SpanId
            && !span.DisplayName.StartsWith("CONNECT", StringComparison.Ordinal)).ToList();
        database.Should().NotBeEmpty("the request's queries are children of its server span");
        database.Should().OnlyContain(span => span.GetTagItem("db.operation.name") as string == "SELECT" || span.GetTagItem("db.operation.name") as string == "WITH");
        database.Should().Contain(span => span.DisplayName.StartsWith("SELECT", StringComparison.Ordinal) || span.DisplayName.StartsWith("WITH", StringComparison.Ordinal));

        var logLine = api.LogEvents.Should().ContainSingle(logEvent =>
            logEvent.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal) && Scalar(logEvent, "TraceId") == traceId.ToHexString()).Subject;
        Scalar(logLine, "SpanId").Should().Be(server.SpanId.ToHexString());
        Scalar(logLine, "RequestPath").Should().Be("/events");
    }

    [Fact]
    public async Task NoSpanCarriesAParameterValue()
    {
        var (status, spans) = await api.SendTracedAsync($"/stances?event=congress-of-syrian-national-dialogue&track={Track}&limit=2",
            ActivityTraceId.CreateRandom(), TestContext.Current.CancellationToken);

        status.Should().Be(HttpStatusCode.OK);
        spans.Should().Contain(span => span.Source.Name == "Npgsql");
        var tags = spans.SelectMany(span => span.TagObjects.Select(tag => $"{span.DisplayName} {tag.Key}={tag.Value}")).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', tags));
        tags.Should().NotContain(tag => tag.Contains(Track, StringComparison.Ordinal) || tag.Contains("congress-of-syrian", StringComparison.Ordinal));
    }

    private static string? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: var scalar } ? scalar?.ToString() : null;
}
