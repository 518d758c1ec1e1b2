using ConflictEventsApi.Tests.Events;

namespace ConflictEventsApi.Tests.Claims;

public sealed class ClaimEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string DeathToll = "syria-war-death-toll";
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TheDeathTollTopicShowsEverySourcesFigureSideBySideAsWorded()
    {
        var detail = await _client.GetJsonAsync($"/claims/{DeathToll}");

        detail.GetProperty("topic").GetProperty("slug").GetString().Should().Be(DeathToll);
        detail.GetProperty("topic").GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        var claims = detail.GetProperty("claims").EnumerateArray().ToList();
        claims.Select(c => c.GetProperty("source").GetProperty("id").GetString()).Distinct().Should().HaveCountGreaterThanOrEqualTo(2);
        var values = claims.Select(c => c.GetProperty("valueText").GetString()).ToList();
        values.Should().Contain(v => v!.Contains("400,000")).And.Contain(v => v!.Contains("330,000"));
        claims.Should().OnlyContain(c => c.GetProperty("quotes").GetArrayLength() > 0);
        var moreThan = claims.Single(c => c.GetProperty("valueText").GetString()!.Contains("330,000"));
        moreThan.GetProperty("qualifier").GetString().Should().Be("more than");
        moreThan.GetProperty("quotes")[0].GetProperty("quote").GetString().Should().Contain("330,000");
    }

    [Fact]
    public async Task TopicFilterKeepsOnlyThatTopicsClaims()
    {
        var topic = await _client.GetJsonAsync($"/claims/{DeathToll}");

        var page = await _client.GetJsonAsync($"/claims?topic={DeathToll}&limit=500");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Should().OnlyContain(c => c.GetProperty("topic").GetString() == DeathToll);
        items.Select(c => c.GetProperty("id").GetString()).Should()
            .BeEquivalentTo(topic.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        items.Should().OnlyContain(c => c.GetProperty("topicTitle").GetString() == topic.GetProperty("topic").GetProperty("title").GetString());
        items.Should().Contain(c => c.GetProperty("valueNumeric").ValueKind == JsonValueKind.Number
            && c.GetProperty("valueNumeric").GetDecimal() == 330000m);
    }

    [Fact]
    public async Task SourceFilterKeepsOnlyThatSourcesClaims()
    {
        var all = await _client.GetJsonAsync("/claims?limit=500");
        var sourceId = all.GetProperty("items")[0].GetProperty("sourceId").GetString()!;

        var page = await _client.GetJsonAsync($"/claims?source={sourceId}&limit=500");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Should().NotBeEmpty().And.OnlyContain(c => c.GetProperty("sourceId").GetString() == sourceId);
        items.Should().HaveCount(all.GetProperty("items").EnumerateArray().Count(c => c.GetProperty("sourceId").GetString() == sourceId));
    }

    [Fact]
    public async Task ListedClaimsCarryTheirSourceAndFirstQuote()
    {
        var page = await _client.GetJsonAsync($"/claims?topic={DeathToll}");

        foreach (var claim in page.GetProperty("items").EnumerateArray())
        {
            claim.GetProperty("sourceTitle").GetString().Should().NotBeNullOrWhiteSpace();
            claim.GetProperty("quote").GetString().Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task WalkingClaimPagesGivesTheSameClaimsAsOneBigPage()
    {
        var all = (await _client.GetJsonAsync("/claims?limit=500")).Ids().ToList();

        var walked = await _client.WalkAllPagesAsync("/claims?limit=4");
        var total = (await _client.GetJsonAsync("/claims?limit=1&includeTotal=true")).GetProperty("total").GetInt64();

        walked.Should().Equal(all).And.OnlyHaveUniqueItems();
        total.Should().Be(all.Count);
    }

    [Fact]
    public async Task ClaimsCsvHasAHeaderAndOneRowPerClaim()
    {
        var expected = (await _client.GetJsonAsync($"/claims?topic={DeathToll}&limit=500")).Ids().ToList();

        var response = await _client.GetAsync($"/claims.csv?topic={DeathToll}", TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var records = Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        records[0].Should().StartWith(["id", "topic", "topicTitle", "sourceId"]).And.Contain("quote");
        records.Skip(1).Select(r => r[0]).Should().Equal(expected);
        records.Skip(1).Should().OnlyContain(r => r.Count == records[0].Count);
    }

    [Fact]
    public async Task AnUnknownTopicIsA404Problem()
    {
        var response = await _client.GetAsync("/claims/no-such-topic", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("no-such-topic");
    }

    [Fact]
    public async Task AnUnknownQueryParameterIsA400ListingTheAcceptedOnes()
    {
        var response = await _client.GetAsync("/claims?value=400000", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("value")[0].GetString();
        message.Should().Contain("topic").And.Contain("source");
    }
}
