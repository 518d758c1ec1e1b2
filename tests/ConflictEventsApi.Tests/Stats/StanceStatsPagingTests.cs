namespace ConflictEventsApi.Tests.Stats;

/// <summary>
/// GET /stats/stances pages its groups (issue 22: by actor at 10M events it was a 9.2 MB answer),
/// largest count first, ties by key, and its unfiltered answers, kept with the dataset, equal the
/// same counts computed per request (unbucketed and per month).
/// </summary>
public sealed class StanceStatsPagingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] Fields = ["count", "for", "against", "neutral", "mixed"];
    private readonly HttpClient _client = api.CreateClient();

    private static string KeyOf(JsonElement row) =>
        (row.TryGetProperty("period", out var period) ? period.GetString() + " " : "") + (row.GetProperty("key").GetString() ?? "(null)");

    [Theory]
    [InlineData("groupBy=actor")]
    [InlineData("groupBy=track")]
    [InlineData("groupBy=kind&track=sochi")]
    [InlineData("groupBy=actor&track=sochi&track=geneva")]
    [InlineData("groupBy=polarity&bucket=month")]
    [InlineData("groupBy=actor&from=2017-12-01")]
    [InlineData("groupBy=actor&bucket=month&track=sochi")]
    [InlineData("bucket=week")]
    public async Task PagesOfThreeGiveEveryGroupOnceLargestFirst(string query)
    {
        var whole = (await _client.GetJsonAsync($"/stats/stances?{query}&limit=500")).GetProperty("items").EnumerateArray().ToList();
        whole.Count.Should().BeGreaterThan(3);

        var walked = new List<string>();
        var url = $"/stats/stances?{query}&limit=3";
        for (var next = url; ;)
        {
            var page = await _client.GetJsonAsync(next);
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(KeyOf));
            if (page.GetProperty("nextCursor").GetString() is not { } cursor) break;
            next = $"{url}&cursor={Uri.EscapeDataString(cursor)}";
        }

        walked.Should().Equal(whole.Select(KeyOf));
        if (!query.Contains("bucket"))
            whole.Select(row => row.GetProperty("count").GetInt64()).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("groupBy=track")]
    [InlineData("groupBy=actor")]
    [InlineData("groupBy=kind")]
    [InlineData("groupBy=polarity")]
    [InlineData("groupBy=actor&track=sochi")]
    [InlineData("groupBy=kind&track=sochi&track=astana")]
    [InlineData("groupBy=track&track=geneva")]
    [InlineData("bucket=month")]
    [InlineData("groupBy=track&bucket=month")]
    [InlineData("groupBy=kind&bucket=month")]
    [InlineData("groupBy=actor&bucket=month&track=sochi")]
    [InlineData("groupBy=polarity&bucket=month&track=sochi&track=geneva")]
    public async Task CountsKeptWithTheDatasetEqualCountsComputedPerRequest(string query)
    {
        // Any date range makes the endpoint count from the tallies instead; from 0001-01-01 selects every stance.
        static Dictionary<string, string> Rows(JsonElement page) => page.GetProperty("items").EnumerateArray().ToDictionary(KeyOf,
            row => string.Join(",", Fields.Select(field => row.GetProperty(field).GetInt64())) + " " + row.GetProperty("label").GetString());

        var kept = Rows(await _client.GetJsonAsync($"/stats/stances?{query}&limit=500"));
        var computed = Rows(await _client.GetJsonAsync($"/stats/stances?{query}&from=0001-01-01&limit=500"));

        kept.Should().NotBeEmpty();
        kept.Should().BeEquivalentTo(computed);
    }

    [Fact]
    public async Task ACursorForOtherFiltersIsA400()
    {
        var page = await _client.GetJsonAsync("/stats/stances?groupBy=actor&limit=1");
        var cursor = Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!);

        await (await _client.GetAsync($"/stats/stances?groupBy=kind&limit=1&cursor={cursor}", TestContext.Current.CancellationToken))
            .ShouldBeQueryProblemNamingAsync("cursor");
    }
}
