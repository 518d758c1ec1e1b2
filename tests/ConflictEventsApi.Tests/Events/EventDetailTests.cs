namespace ConflictEventsApi.Tests.Events;

public sealed class EventDetailTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TheCongressShowsBothPlansWithTheirSources()
    {
        var detail = await _client.GetJsonAsync("/events/congress-of-syrian-national-dialogue");

        var plans = detail.GetProperty("schedules").EnumerateArray()
            .Select(s => s.GetProperty("startDate").GetString()).ToList();
        plans.Should().Contain("2017-11-18").And.Contain("2018-01-29");
        plans.IndexOf("2017-11-18").Should().BeLessThan(plans.IndexOf("2018-01-29"), "the earlier plan comes first");
        detail.GetProperty("citations").EnumerateArray().Should().Contain(c => c.GetProperty("supports").GetString() == "schedule");
    }

    [Fact]
    public async Task TheCongressListsItsHostAndWhoStayedAway()
    {
        var detail = await _client.GetJsonAsync("/events/congress-of-syrian-national-dialogue");

        var roles = detail.GetProperty("participants").EnumerateArray()
            .Select(p => (p.GetProperty("actorId").GetString(), p.GetProperty("role").GetString())).ToList();
        roles.Should().Contain(("russia", "host"));
        roles.Should().Contain(role => role.Item2 == "boycotted");
        detail.GetProperty("stances").EnumerateArray().Should().Contain(s => s.GetProperty("polarity").GetInt32() == -1)
            .And.Contain(s => s.GetProperty("polarity").GetInt32() == 1);
    }

    [Fact]
    public async Task EveryCitationOfTheEventQuotesItsSourceVerbatim()
    {
        var detail = await _client.GetJsonAsync("/events/congress-of-syrian-national-dialogue");
        var citations = detail.GetProperty("citations").EnumerateArray().ToList();

        citations.Should().NotBeEmpty();
        foreach (var citation in citations)
        {
            var source = await _client.GetJsonAsync($"/sources/{citation.GetProperty("sourceId").GetString()}");
            var text = source.GetProperty("text").GetString()!;
            var quote = citation.GetProperty("quote").GetString()!;
            text.Substring(citation.GetProperty("startOffset").GetInt32(), citation.GetProperty("length").GetInt32())
                .Should().Be(quote);
        }
    }

    [Fact]
    public async Task AnUnknownEventIsA404Problem()
    {
        var response = await _client.GetAsync("/events/no-such-event", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("no-such-event");
    }
}
