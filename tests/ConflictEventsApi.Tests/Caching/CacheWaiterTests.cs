namespace ConflictEventsApi.Tests.Caching;

/// <summary>
/// Requests waiting on another request's output-cache fill get their own answer when that fill
/// fails: the output cache's locking used to hand them its exception.
/// </summary>
public sealed class CacheWaiterTests(OutputCacheApiFactory api) : IClassFixture<OutputCacheApiFactory>
{
    [Fact]
    public async Task WhenTheClientFillingAnEntryLeavesTheRequestsWaitingOnItStillGet200()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = api.CreateClient();
        // A key of its own, so no earlier entry answers; a query slow enough to be waited on.
        var url = $"/test/sleep?seconds=1&key={Guid.NewGuid():N}";
        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var filling = client.GetAsync(url, leaving.Token);
        await Task.Delay(150, cancellationToken);
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
