namespace ConflictEventsApi.Tests.Dashboards;

/// <summary>
/// A dashboard's panels each take one request: the timeline's plans come with the events list
/// (include=schedules) and the disputed figures with every quote come with the topic list
/// (include=claims), each the same as the per-item endpoints give.
/// </summary>
public sealed class OneRequestPerPanelTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EventsWithSchedulesCarryEachEventsPlansAsItsDetailGivesThem()
    {
        var events = (await _client.GetJsonAsync("/events?track=sochi&limit=500&include=schedules")).GetProperty("items").EnumerateArray().ToList();

        events.Should().NotBeEmpty();
        events.Should().Contain(item => item.GetProperty("schedules").GetArrayLength() > 1, "some Sochi event was planned more than once");
        foreach (var item in events.Take(8))
        {
            var detail = await _client.GetJsonAsync($"/events/{Uri.EscapeDataString(item.GetProperty("id").GetString()!)}");
            item.GetProperty("schedules").GetRawText().Should().Be(detail.GetProperty("schedules").GetRawText());
        }
        (await _client.GetJsonAsync("/events?track=sochi&limit=5")).GetProperty("items")[0]
            .GetProperty("schedules").ValueKind.Should().Be(JsonValueKind.Null, "without include the list stays as it was");
    }

    [Fact]
    public async Task TopicsWithClaimsCarryEveryFigureAndQuoteAsTheTopicGivesThem()
    {
        var topics = (await _client.GetJsonAsync("/claims/topics?include=claims")).GetProperty("items").EnumerateArray().ToList();

        topics.Should().Contain(topic => topic.GetProperty("disagree").GetBoolean());
        foreach (var topic in topics)
        {
            var detail = await _client.GetJsonAsync($"/claims/{Uri.EscapeDataString(topic.GetProperty("slug").GetString()!)}");
            topic.GetProperty("claims").GetRawText().Should().Be(detail.GetProperty("claims").GetRawText());
            topic.GetProperty("claims").GetArrayLength().Should().Be((int)topic.GetProperty("claimCount").GetInt64());
        }
    }
}
