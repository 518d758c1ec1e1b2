using System.Diagnostics;

namespace ConflictEventsApi.Tests.Reliability;

/// <summary>
/// Steady load while the API's PostgreSQL is stopped for a few seconds and started again: the
/// API answers 503 problems quickly throughout and recovers by itself.
/// </summary>
public sealed class DatabaseOutageTests(OwnServerApiFactory api) : IClassFixture<OwnServerApiFactory>
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(6);

    private sealed record Sample(TimeSpan Started, TimeSpan Elapsed, int Status, string? MediaType, bool HasRetryAfter);

    [Fact]
    public async Task AnOutageUnderLoadCostsQuick503sAndRecoversWithoutARestart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = api.CreateClient();
        (await client.GetAsync("/tracks", cancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        var clock = Stopwatch.StartNew();
        using var stopLoad = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(
            () => LoadAsync(client, worker % 2 == 0 ? "/tracks" : "/events?limit=5", clock, stopLoad.Token), cancellationToken)).ToList();

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        await api.PostgresProcess.StopAsync(cancellationToken);
        var stopped = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var readyDuringOutage = await client.GetAsync("/health/ready", cancellationToken);
        var liveDuringOutage = await client.GetAsync("/health/live", cancellationToken);
        await Task.Delay(Outage - TimeSpan.FromSeconds(1), cancellationToken);
        var starting = clock.Elapsed;
        await api.PostgresProcess.StartAsync(cancellationToken);
        var started = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        await stopLoad.CancelAsync();
        var samples = (await Task.WhenAll(workers)).SelectMany(list => list).OrderBy(sample => sample.Started).ToList();

        var duringOutage = samples.Where(s => s.Started >= stopped && s.Started + s.Elapsed <= starting).ToList();
        var firstOkAfterReturn = samples.First(s => s.Started >= started && s.Status == 200);
        var recovery = firstOkAfterReturn.Started + firstOkAfterReturn.Elapsed - started;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"requests {samples.Count}; by status {string.Join(", ", samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"))}; " +
            $"during the outage {duringOutage.Count}, longest {duringOutage.Max(s => s.Elapsed).TotalMilliseconds:0} ms; " +
            $"first 200 {recovery.TotalMilliseconds:0} ms after PostgreSQL was back (start took {(started - starting).TotalMilliseconds:0} ms)");

        samples.Select(s => s.Status).Distinct().Should().BeSubsetOf([200, 503], "an outage is a 503, never a 500 or a hang");
        duringOutage.Should().NotBeEmpty().And.OnlyContain(s =>
            s.Status == 503 && s.MediaType == "application/problem+json" && s.HasRetryAfter);
        duringOutage.Max(s => s.Elapsed).Should().BeLessThan(TimeSpan.FromSeconds(1.5));
        readyDuringOutage.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        liveDuringOutage.StatusCode.Should().Be(HttpStatusCode.OK);
        recovery.Should().BeLessThan(TimeSpan.FromSeconds(2));
        samples.Where(s => s.Started >= firstOkAfterReturn.Started).Should().OnlyContain(s => s.Status == 200,
            "once answers resume, the pool holds no dead connections from before the restart");
        (await client.GetAsync("/health/ready", cancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<List<Sample>> LoadAsync(HttpClient client, string url, Stopwatch clock, CancellationToken stop)
    {
        var samples = new List<Sample>();
        while (!stop.IsCancellationRequested)
        {
            var started = clock.Elapsed;
            using var response = await client.GetAsync(url, CancellationToken.None);
            await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
            samples.Add(new Sample(started, clock.Elapsed - started, (int)response.StatusCode,
                response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter is not null));
            // A dashboard polls; a tight loop would only measure this machine's CPU.
            await Task.Delay(20, CancellationToken.None);
        }
        return samples;
    }
}
