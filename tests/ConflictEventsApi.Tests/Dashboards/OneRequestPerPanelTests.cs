namespace ConflictEventsApi.Tests.Dashboards;

/// <summary>
/// A dashboard's panels each take one request (events per month, positions with roll-up, the
/// disputed figures with every quote, who attended or boycotted, a map, the latest stances): the
/// timeline's plans come with the events list (include=schedules) and the disputed figures with
/// every quote come with the topic list (include=claims), each the same as the per-item endpoints give.
/// </summary>
public sealed class OneRequestPerPanelTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    private const string Congress = "congress-of-syrian-national-dialogue";

    [Fact]
    public async Task ASixPanelDashboardOfTheSochiTrackTakesOneRequestPerPanel()
    {
        var sochi = (await _client.GetJsonAsync("/events?track=sochi&limit=500")).GetProperty("items").EnumerateArray().ToList();
        var sochiEvents = sochi.Count;
        var datedSochiEvents = sochi.Count(row => row.GetProperty("startDate").ValueKind != JsonValueKind.Null);

        // Events per month: every dated Sochi event counted once, in one page.
        var perMonth = await _client.GetJsonAsync("/stats/events?bucket=month&track=sochi");
        Complete(perMonth, "events per month");
        perMonth.GetProperty("items").EnumerateArray().Sum(row => row.GetProperty("count").GetInt64()).Should().Be(datedSochiEvents);

        // Positions toward the congress, rolled up to parents.
        var positions = await _client.GetJsonAsync($"/events/{Congress}/positions?rollup=parent");
        Complete(positions, "positions");
        positions.GetProperty("items").EnumerateArray().Select(row => row.GetProperty("position").GetString())
            .Should().Contain("for").And.Contain("against");

        // The disputed figures with every quote.
        var topics = await _client.GetJsonAsync("/claims/topics?include=claims");
        Complete(topics, "disputed figures");
        foreach (var topic in topics.GetProperty("items").EnumerateArray())
        foreach (var claim in topic.GetProperty("claims").EnumerateArray())
            claim.GetProperty("quotes").GetArrayLength().Should().BeGreaterThan(0, $"claim {claim.GetProperty("id")} is quoted");

        // Who attended or boycotted, each with the quotes that say so.
        var participants = await _client.GetJsonAsync($"/events/{Congress}/participants?role=attended,boycotted");
        Complete(participants, "participants");
        var roles = participants.GetProperty("items").EnumerateArray().ToList();
        roles.Select(row => row.GetProperty("role").GetString()).Distinct().Should().BeEquivalentTo("attended", "boycotted");
        roles.Should().OnlyContain(row => row.GetProperty("citations").GetArrayLength() > 0);

        // A map: every Sochi event as a feature in one response.
        var map = await _client.GetJsonAsync("/events.geojson?track=sochi&limit=500");
        map.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null, "the map needs one request");
        map.GetProperty("features").GetArrayLength().Should().Be(sochiEvents);

        // The latest 10 stances with their quotes, newest first.
        var latest = (await _client.GetJsonAsync("/stances?sort=-date&limit=10")).GetProperty("items").EnumerateArray().ToList();
        latest.Should().HaveCount(10);
        latest.Select(row => row.GetProperty("statedOn").GetString()).Should().BeInDescendingOrder(StringComparer.Ordinal);
        latest.Should().OnlyContain(row => !string.IsNullOrWhiteSpace(row.GetProperty("quote").GetString()));
    }

    private static void Complete(JsonElement page, string panel)
    {
        page.GetProperty("items").GetArrayLength().Should().BeGreaterThan(0, panel);
        page.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null, $"the {panel} panel needs one request");
    }

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
