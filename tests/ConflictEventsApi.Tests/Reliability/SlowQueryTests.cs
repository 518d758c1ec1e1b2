using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace ConflictEventsApi.Tests.Reliability;

/// <summary>A one-second command timeout and a pool of three connections.</summary>
public sealed class ShortTimeoutApiFactory(PostgresServer server) : ApiFactory(server)
{
    public const int PoolSize = 3;

    public override string ReaderConnectionString =>
        new NpgsqlConnectionStringBuilder(base.ReaderConnectionString) { MaxPoolSize = PoolSize }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:CommandTimeoutSeconds", "1");
    }
}

public sealed class SlowQueryTests(ShortTimeoutApiFactory api) : IClassFixture<ShortTimeoutApiFactory>
{
    [Fact]
    public async Task AQuerySlowerThanTheCommandTimeoutIsA503ProblemWithinSeconds()
    {
        var clock = Stopwatch.StartNew();

        var response = await api.CreateClient().GetAsync("/test/sleep?seconds=30", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().NotBeNull();
        problem.GetProperty("detail").GetString().Should().NotContain("pg_sleep", "no SQL or exception text leaks");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task SlowQueriesBeyondThePoolSizeDoNotPinThePool()
    {
        var client = api.CreateClient();

        var slow = await Task.WhenAll(Enumerable.Range(0, ShortTimeoutApiFactory.PoolSize * 2)
            .Select(_ => client.GetAsync("/test/sleep?seconds=30", TestContext.Current.CancellationToken)));
        var clock = Stopwatch.StartNew();
        var afterwards = await client.GetAsync("/tracks", TestContext.Current.CancellationToken);

        slow.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.ServiceUnavailable);
        afterwards.StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }
}
