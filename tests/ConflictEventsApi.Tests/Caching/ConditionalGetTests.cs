namespace ConflictEventsApi.Tests.Caching;

public sealed class ConditionalGetTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task AReadCarriesAStrongETagAndCacheControl()
    {
        var response = await _client.GetAsync("/events?track=sochi", TestContext.Current.CancellationToken);

        response.Headers.ETag!.IsWeak.Should().BeFalse();
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task IfNoneMatchWithTheSameTagIsA304WithoutABody()
    {
        var first = await _client.GetAsync("/events?track=sochi", TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/events?track=sochi");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(again, TestContext.Current.CancellationToken);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
        second.Headers.ETag.Should().Be(first.Headers.ETag);
    }

    [Fact]
    public async Task ADifferentRequestHasADifferentTag()
    {
        var sochi = await _client.GetAsync("/events?track=sochi", TestContext.Current.CancellationToken);
        var geneva = await _client.GetAsync("/events?track=geneva", TestContext.Current.CancellationToken);
        var csv = await _client.GetAsync("/events.csv?track=sochi", TestContext.Current.CancellationToken);

        new[] { sochi.Headers.ETag, geneva.Headers.ETag, csv.Headers.ETag }.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task ErrorsCarryNoETag()
    {
        var response = await _client.GetAsync("/events?limit=0", TestContext.Current.CancellationToken);

        response.Headers.ETag.Should().BeNull();
    }
}
