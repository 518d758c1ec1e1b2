namespace ConflictEventsApi.Tests.Positions;

/// <summary>
/// GET /tracks/{id}/positions and /events/{id}/positions are lists like the others (issue 22): at 1M
/// events a track's positions were one 3.8 MB answer. Pages follow their cursor in the stated order:
/// position (for, against, neutral, mixed), then the actor's name, then its id.
/// </summary>
public sealed class PositionPagingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] Order = ["for", "against", "neutral", "mixed"];
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/tracks/sochi/positions")]
    [InlineData("/tracks/sochi/positions?rollup=parent")]
    [InlineData("/events/congress-of-syrian-national-dialogue/positions")]
    public async Task PagesOfTwoGiveEveryRowOnceInPositionThenNameOrder(string list)
    {
        var join = list.Contains('?') ? '&' : '?';
        var whole = await _client.GetJsonAsync($"{list}{join}limit=500&includeTotal=true");
        var rows = whole.GetProperty("items").EnumerateArray().ToList();
        rows.Count.Should().BeGreaterThan(2);
        whole.GetProperty("total").GetInt64().Should().Be(rows.Count);

        var walked = await _client.WalkAllPagesAsync($"{list}{join}limit=2", "actorId");

        walked.Should().Equal(rows.Select(row => row.GetProperty("actorId").GetString()));
        var keys = rows.Select(row => (Rank: Array.IndexOf(Order, row.GetProperty("position").GetString()),
            Name: row.GetProperty("actorName").GetString()!, Id: row.GetProperty("actorId").GetString()!)).ToList();
        keys.Should().BeInAscendingOrder(Comparer<(int Rank, string Name, string Id)>.Create((a, b) =>
            a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
            : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName
            : string.CompareOrdinal(a.Id, b.Id)));
    }

    [Fact]
    public async Task EachRowCountsTheStancesBehindItAndListsThemWhenFew()
    {
        var rows = (await _client.GetJsonAsync("/tracks/sochi/positions?limit=500")).GetProperty("items").EnumerateArray().ToList();

        rows.Should().NotBeEmpty();
        foreach (var row in rows)
            row.GetProperty("stanceCount").GetInt64().Should().Be(row.GetProperty("stanceIds").GetArrayLength(),
                "the real dataset has fewer than 100 stances behind any position, so every one is listed");
    }

    [Fact]
    public async Task TheActorFilterKeepsThatActorsRowsAndAnUnknownActorIsA400()
    {
        var russia = (await _client.GetJsonAsync("/tracks/sochi/positions?actor=russia")).Ids("actorId");
        russia.Should().Equal("russia");

        await (await _client.GetAsync("/tracks/sochi/positions?actor=no-such-actor", TestContext.Current.CancellationToken))
            .ShouldBeQueryProblemNamingAsync("actor");
    }

    [Fact]
    public async Task ACursorOfAnotherListIsA400()
    {
        var page = await _client.GetJsonAsync("/tracks/sochi/positions?limit=1");
        var cursor = Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!);

        await (await _client.GetAsync($"/tracks/geneva/positions?limit=1&cursor={cursor}", TestContext.Current.CancellationToken))
            .ShouldBeQueryProblemNamingAsync("cursor");
    }

    [Fact]
    public async Task ACsvPageLinksTheNextAndTheExportHasEveryRow()
    {
        var whole = (await _client.GetJsonAsync("/tracks/sochi/positions?limit=500")).Ids("actorId").ToList();

        var export = Csv.Parse(await _client.GetStringAsync("/tracks/sochi/positions.csv", TestContext.Current.CancellationToken));
        var page = await _client.GetAsync("/tracks/sochi/positions.csv?limit=2", TestContext.Current.CancellationToken);

        export.Select(row => row["actorId"]).Should().Equal(whole);
        page.Headers.GetValues("Link").Single().Should().Contain("rel=\"next\"");
        Csv.Parse(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().HaveCount(2);
    }
}
