using System.Net.Sockets;
using ConflictEventsApi.Telemetry;
using ConflictEventsApi.Tests.Http;
using Microsoft.AspNetCore.Hosting;

namespace ConflictEventsApi.Tests.Telemetry;

/// <summary>A database that refuses every connection: each request is a 503, counted by its cause.</summary>
public sealed class UnreachableDatabaseApiFactory(PostgresServer server) : ApiFactory(server)
{
    private readonly int _closedPort = ClosedPort();

    public override string ReaderConnectionString =>
        new Npgsql.NpgsqlConnectionStringBuilder(base.ReaderConnectionString) { Port = _closedPort }.ConnectionString;

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Each request reaches the database path (a cached 200 would hide the outage).
        builder.UseSetting("Caching:OutputCache", "false");
    }
}

/// <summary>The API's own counters move with what clients see: 503s by cause and 429s.</summary>
public sealed class UnavailableResponsesMetricTests(UnreachableDatabaseApiFactory api) : IClassFixture<UnreachableDatabaseApiFactory>
{
    [Fact]
    public async Task Every503IsCountedOnceWithTheCauseTheClassifierNamed()
    {
        var client = api.CreateClient();
        using var measurements = new OwnMeasurements(api.Services, ApiMetrics.MeterName);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.GetAsync("/tracks", TestContext.Current.CancellationToken)).StatusCode);

        statuses.Should().OnlyContain(status => status == HttpStatusCode.ServiceUnavailable);
        var byCause = measurements.SumBy("conflict_events.unavailable_responses", "cause");
        byCause.Values.Sum().Should().Be(3, string.Join(", ", byCause));
        // Refused, or cut short by the circuit that opened meanwhile: causes the classifier names, as labels.
        byCause.Keys.Should().BeSubsetOf(["connection_lost", "not_answering", "timeout"]);
    }
}

public sealed class RateLimitMetricTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task EveryRejectionIsCounted()
    {
        var client = api.CreateClient();
        using var measurements = new OwnMeasurements(api.Services, ApiMetrics.MeterName);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedApiFactory.PermitLimit + 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/tracks");
            request.Headers.Add("X-Forwarded-For", "203.0.113.77");
            statuses.Add((await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        statuses.Count(status => status == HttpStatusCode.TooManyRequests).Should().Be(2);
        measurements.Sum("conflict_events.rate_limit.rejections").Should().Be(2);
    }
}
