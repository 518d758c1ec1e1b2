using ConflictEventsApi.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;

namespace ConflictEventsApi.Tests.Caching;

/// <summary>
/// The output cache on, and the API's own cache policy applied to the test's slow endpoint
/// (/test/sleep), so a fill can be made as slow as a test needs.
/// </summary>
public sealed class SlowFillApiFactory(PostgresServer server) : ApiFactory(server)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:OutputCache", "true");
        builder.UseSetting("Caching:DatasetVersionLifetime", "00:00:00");
        builder.ConfigureTestServices(services => services.AddOptions<OutputCacheOptions>().Configure<IServiceProvider>(
            (options, provider) => options.AddBasePolicy(new SlowEndpointPolicy(provider.GetRequiredService<DatasetOutputCachePolicy>()))));
    }

    private sealed class SlowEndpointPolicy(IOutputCachePolicy datasetPolicy) : IOutputCachePolicy
    {
        private static bool Applies(OutputCacheContext context) => context.HttpContext.Request.Path == "/test/sleep";

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
            Applies(context) ? datasetPolicy.CacheRequestAsync(context, cancellation) : ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
            Applies(context) ? datasetPolicy.ServeFromCacheAsync(context, cancellation) : ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
            Applies(context) ? datasetPolicy.ServeResponseAsync(context, cancellation) : ValueTask.CompletedTask;
    }
}

/// <summary>
/// Requests waiting on another request's output-cache fill get their own answer when that fill
/// fails: the output cache's locking used to hand them its exception.
/// </summary>
public sealed class CacheWaiterTests(SlowFillApiFactory api) : IClassFixture<SlowFillApiFactory>
{
    [Fact]
    public async Task WhenTheClientFillingAnEntryLeavesTheRequestsWaitingOnItStillGet200()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = api.CreateClient();
        // A key of its own, so no earlier entry answers; a query slow enough to be waited on.
        var url = $"/test/sleep?seconds=1&key={Guid.NewGuid():N}";
        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Warm, so the filler is not still starting up when the others arrive.
        (await client.GetAsync($"/test/sleep?seconds=0&key={Guid.NewGuid():N}", cancellationToken)).EnsureSuccessStatusCode();

        var filling = client.GetAsync(url, leaving.Token);
        await WaitUntilTheFillersQueryRunsAsync(cancellationToken);
        var waiting = Enumerable.Range(0, 4).Select(_ => client.GetAsync(url, cancellationToken)).ToList();
        await Task.Delay(250, cancellationToken);
        await leaving.CancelAsync();
        var answers = await Task.WhenAll(waiting);

        await FluentActions.Awaiting(() => filling).Should().ThrowAsync<OperationCanceledException>();
        answers.Select(answer => answer.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK,
            "a waiter's answer depends on its own request, not on the client that filled the entry");
        foreach (var answer in answers)
            (await answer.Content.ReadAsStringAsync(cancellationToken)).Should().Be("slept");
    }

    private async Task WaitUntilTheFillersQueryRunsAsync(CancellationToken cancellationToken)
    {
        await using var admin = new Npgsql.NpgsqlConnection(api.Postgres.AdminConnectionString("postgres"));
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var running = await Dapper.SqlMapper.ExecuteScalarAsync<long>(admin, new Dapper.CommandDefinition(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = @database AND state = 'active' AND query LIKE 'SELECT pg_sleep%'",
                new { database = api.DatabaseName }, cancellationToken: cancellationToken));
            if (running > 0) return;
            await Task.Delay(20, cancellationToken);
        }
        throw new TimeoutException("The filling request's query never started.");
    }

    [Fact]
    public async Task WaitersOnAFillThatSucceedsShareItsAnswer()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = api.CreateClient();
        var url = $"/test/sleep?seconds=0.5&key={Guid.NewGuid():N}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync(url, cancellationToken)));

        answers.Select(answer => answer.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        answers.Count(answer => answer.Headers.Age is not null).Should().BeGreaterThan(0,
            "concurrent misses for one key still wait for a single fill and are answered from it");
    }
}
