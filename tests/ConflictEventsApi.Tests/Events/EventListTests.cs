using System.Net.Http.Headers;

namespace ConflictEventsApi.Tests.Events;

public sealed class EventListTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task SochiTrackListsTheCongressWithItsLatestDates()
    {
        var page = await _client.GetJsonAsync("/events?track=sochi&limit=500");

        var congress = page.GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "congress-of-syrian-national-dialogue");
        congress.GetProperty("startDate").GetString().Should().Be("2018-01-29");
        congress.GetProperty("endDate").GetString().Should().Be("2018-01-30");
        congress.GetProperty("place").GetString().Should().Be("Sochi");
        congress.GetProperty("countryCode").GetString().Should().Be("RU");
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(e => e.GetProperty("track").GetString() == "sochi");
    }

    [Fact]
    public async Task TrackFilterIsCaseInsensitiveAndTakesSeveralTracks()
    {
        var page = await _client.GetJsonAsync("/events?track=SOCHI,Geneva&limit=500");

        var tracks = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("track").GetString()).Distinct();
        tracks.Should().BeEquivalentTo(["sochi", "geneva"]);
    }

    [Fact]
    public async Task EventsAreInDateOrderAndMinusDateReversesIt()
    {
        var ascending = (await _client.GetJsonAsync("/events?limit=500")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("startDate").GetString() ?? "9999-12-31").ToList();
        var descending = (await _client.GetJsonAsync("/events?limit=500&sort=-date")).Ids().ToList();
        var ascendingIds = (await _client.GetJsonAsync("/events?limit=500")).Ids().ToList();

        ascending.Should().BeInAscendingOrder(StringComparer.Ordinal);
        descending.Should().Equal(ascendingIds.AsEnumerable().Reverse());
    }

    [Fact]
    public async Task WalkingAllPagesGivesTheSameEventsAsOneBigPage()
    {
        var all = (await _client.GetJsonAsync("/events?limit=500")).Ids().ToList();

        var walked = await _client.WalkAllPagesAsync("/events?limit=3");
        var walkedBackwards = await _client.WalkAllPagesAsync("/events?limit=4&sort=-date");

        all.Should().HaveCountGreaterThan(10);
        walked.Should().Equal(all).And.OnlyHaveUniqueItems();
        walkedBackwards.Should().Equal(all.AsEnumerable().Reverse());
    }

    [Fact]
    public async Task IncludeTotalCountsEveryMatchNotJustThePage()
    {
        var all = (await _client.GetJsonAsync("/events?track=sochi&limit=500")).Ids().Count();

        var page = await _client.GetJsonAsync("/events?track=sochi&limit=2&includeTotal=true");

        page.GetProperty("total").GetInt64().Should().Be(all);
        page.GetProperty("items").GetArrayLength().Should().Be(2);
        (await _client.GetJsonAsync("/events?limit=2")).TryGetProperty("total", out _).Should().BeFalse();
    }

    [Fact]
    public async Task ActorFilterMatchesParticipantsByIdOrAlias()
    {
        var byId = (await _client.GetJsonAsync("/events?actor=syrian-government&limit=500")).Ids().ToList();
        var byName = (await _client.GetJsonAsync("/events?actor=Syrian%20Government&limit=500")).Ids().ToList();

        byId.Should().Contain("congress-of-syrian-national-dialogue");
        byName.Should().Equal(byId);
    }

    [Fact]
    public async Task DateRangeKeepsEventsThatOverlapIt()
    {
        var page = await _client.GetJsonAsync("/events?from=2018-01-30&to=2018-01-30&limit=500");

        page.Ids().Should().Contain("congress-of-syrian-national-dialogue");
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(e =>
            string.CompareOrdinal(e.GetProperty("startDate").GetString(), "2018-01-30") <= 0);
    }

    [Fact]
    public async Task KindAndStatusFiltersKeepOnlyThoseValues()
    {
        var congresses = await _client.GetJsonAsync("/events?kind=congress&limit=500");
        var planned = await _client.GetJsonAsync("/events?status=planned,held&limit=500");

        congresses.Ids().Should().Contain("congress-of-syrian-national-dialogue");
        congresses.GetProperty("items").EnumerateArray().Should().OnlyContain(e => e.GetProperty("kind").GetString() == "congress");
        planned.GetProperty("items").EnumerateArray().Should().OnlyContain(e =>
            e.GetProperty("status").GetString() == "planned" || e.GetProperty("status").GetString() == "held");
    }

    [Fact]
    public async Task FullTextSearchFindsEventsByTheirWords()
    {
        var page = await _client.GetJsonAsync("/events?q=congress%20Sochi&limit=500");

        page.Ids().Should().Contain("congress-of-syrian-national-dialogue");
        (await _client.GetJsonAsync("/events?q=zzzunknownword")).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("/events?trak=sochi", "trak")]
    [InlineData("/events?limit=0", "limit")]
    [InlineData("/events?limit=501", "limit")]
    [InlineData("/events?limit=ten", "limit")]
    [InlineData("/events?kind=party", "kind")]
    [InlineData("/events?status=done", "status")]
    [InlineData("/events?from=2018-02-30", "from")]
    [InlineData("/events?from=30/01/2018", "from")]
    [InlineData("/events?from=2018-02-01&to=2018-01-01", "to")]
    [InlineData("/events?sort=title", "sort")]
    [InlineData("/events?q=sochi&q=geneva", "q")]
    [InlineData("/events?cursor=not-a-cursor", "cursor")]
    [InlineData("/events?actor=no-such-actor-anywhere", "actor")]
    [InlineData("/events?format=xml", "format")]
    [InlineData("/events/congress-of-syrian-national-dialogue?verbose=true", "verbose")]
    public async Task BadQueryIsA400ProblemNamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        await response.ShouldBeQueryProblemNamingAsync(parameter);
    }

    [Fact]
    public async Task AnEnumProblemListsTheAcceptedValues()
    {
        var response = await _client.GetAsync("/events?kind=party", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("congress").And.Contain("talks-round");
    }

    [Fact]
    public async Task ACursorIsRefusedWithOtherFiltersOrWhenTampered()
    {
        var first = await _client.GetJsonAsync("/events?track=sochi&limit=1");
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var tampered = (cursor[^1] == 'A' ? cursor[..^1] + "B" : cursor[..^1] + "A");

        var otherFilters = await _client.GetAsync($"/events?track=geneva&limit=1&cursor={cursor}", TestContext.Current.CancellationToken);
        var changed = await _client.GetAsync($"/events?track=sochi&limit=1&cursor={tampered}", TestContext.Current.CancellationToken);
        var sameFilters = await _client.GetAsync($"/events?track=sochi&limit=5&cursor={cursor}", TestContext.Current.CancellationToken);

        await otherFilters.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await changed.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        sameFilters.StatusCode.Should().Be(HttpStatusCode.OK, "the page size may change between pages");
    }

    [Fact]
    public async Task ACorrectlySignedCursorWhoseKeyIsNoDateIsA400NotA500()
    {
        // The signing key is in the source, so anyone can sign a cursor: its key is parsed, not trusted.
        var forged = ConflictEventsApi.Http.Queries.Cursor.Encode("ListEvents?track=sochi", "not-a-date", "ev-1");

        var response = await _client.GetAsync($"/events?track=sochi&cursor={forged}", TestContext.Current.CancellationToken);

        await response.ShouldBeQueryProblemNamingAsync("cursor");
    }

    [Theory]
    [InlineData("/events.csv?track=sochi", null)]
    public async Task CsvHasAHeaderRowAndOneRowPerEvent(string url, string? accept)
    {
        var expected = (await _client.GetJsonAsync("/events?track=sochi&limit=500")).Ids().ToList();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var records = Csv.Records(csv);
        records[0].Should().StartWith(["id", "track", "kind", "title"]);
        records.Skip(1).Select(r => r[0]).Should().Equal(expected);
        records.Skip(1).Should().OnlyContain(r => r.Count == records[0].Count);
    }

    [Fact]
    public async Task CsvWithALimitIsOnePageLinkingTheNext()
    {
        var response = await _client.GetAsync("/events.csv?limit=2", TestContext.Current.CancellationToken);

        Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().HaveCount(3);
        response.Headers.GetValues("Link").Single().Should().Contain("cursor=").And.Contain("rel=\"next\"");
    }

    [Fact]
    public async Task GeoJsonIsAFeatureCollectionWithLongitudeFirst()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events.geojson?track=sochi&limit=500");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/geo+json");
        var collection = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        collection.GetProperty("type").GetString().Should().Be("FeatureCollection");
        var congress = collection.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "congress-of-syrian-national-dialogue");
        congress.GetProperty("type").GetString().Should().Be("Feature");
        congress.GetProperty("geometry").GetProperty("type").GetString().Should().Be("Point");
        var coordinates = congress.GetProperty("geometry").GetProperty("coordinates");
        coordinates[0].GetDecimal().Should().BeApproximately(39.73m, 0.1m, "longitude comes first");
        coordinates[1].GetDecimal().Should().BeApproximately(43.60m, 0.1m);
        congress.GetProperty("properties").GetProperty("title").GetString().Should().Contain("Congress");
    }
}
