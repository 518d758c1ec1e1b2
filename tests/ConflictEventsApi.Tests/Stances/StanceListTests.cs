using System.Net.Http.Headers;
using ConflictEventsApi.Tests.Events;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Stances;

public sealed class StanceListTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    private static JsonElement.ArrayEnumerator Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task TurkeysStancesIncludeItsOppositionToThePyd()
    {
        var page = await _client.GetJsonAsync("/stances?actor=turkey&limit=500");

        Items(page).Should().OnlyContain(s => s.GetProperty("actorId").GetString() == "turkey");
        var pyd = Items(page).Single(s => s.GetProperty("id").GetString() == "turkey-opposes-pyd-participation");
        pyd.GetProperty("actorName").GetString().Should().Be("Turkey");
        pyd.GetProperty("kind").GetString().Should().Be("opposes-participation");
        pyd.GetProperty("polarity").GetInt32().Should().Be(-1);
        pyd.GetProperty("targetActorId").GetString().Should().Be("pyd");
        pyd.GetProperty("targetEventId").GetString().Should().Be("congress-of-syrian-national-dialogue");
        pyd.GetProperty("quote").GetString().Should().Contain("PYD");
        pyd.GetProperty("sourceId").GetString().Should().NotBeNullOrEmpty();
        pyd.GetProperty("summary").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task TheActorFilterTakesANameOrAnAliasAsWellAsAnId()
    {
        var byId = (await _client.GetJsonAsync("/stances?actor=turkey&limit=500")).Ids().ToList();
        var byAlias = (await _client.GetJsonAsync("/stances?actor=ankara&limit=500")).Ids().ToList();
        var byName = (await _client.GetJsonAsync("/stances?actor=TURKEY&limit=500")).Ids().ToList();

        byId.Should().NotBeEmpty();
        byAlias.Should().Equal(byId);
        byName.Should().Equal(byId);
    }

    [Fact]
    public async Task AnAmbiguousAliasIsA400ListingTheActorsItNames()
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var owners = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT actor_id::text FROM actor_aliases WHERE fold_text(alias) = 'snc' ORDER BY 1",
            cancellationToken: TestContext.Current.CancellationToken))).ToList();

        var response = await _client.GetAsync("/stances?actor=SNC", TestContext.Current.CancellationToken);

        if (owners.Count > 1)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            var message = problem.GetProperty("errors").GetProperty("actor")[0].GetString();
            message.Should().Contain("ambiguous");
            foreach (var owner in owners) message.Should().Contain(owner);
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, "'SNC' names only {0} in the alias table", string.Join(", ", owners));
        }
    }

    [Fact]
    public async Task BoycottsAreAllBoycottsAgainst()
    {
        var page = await _client.GetJsonAsync("/stances?kind=boycotts&limit=500");

        page.Ids().Should().Contain("coalition-boycotts-sochi-congress");
        Items(page).Should().OnlyContain(s => s.GetProperty("kind").GetString() == "boycotts" && s.GetProperty("polarity").GetInt32() == -1);
    }

    [Fact]
    public async Task KindsCarryTheirCameoCodeWhereOneFits()
    {
        var page = await _client.GetJsonAsync("/stances?limit=500");

        Items(page).Should().Contain(s => s.GetProperty("cameoCode").ValueKind == JsonValueKind.String);
        Items(page).Where(s => s.GetProperty("cameoCode").ValueKind == JsonValueKind.String)
            .Should().OnlyContain(s => System.Text.RegularExpressions.Regex.IsMatch(s.GetProperty("cameoCode").GetString()!, "^[0-9]{2,4}$"));
    }

    [Fact]
    public async Task PolarityFilterKeepsOnlyThatPolarity()
    {
        var against = await _client.GetJsonAsync("/stances?polarity=-1&limit=500");
        var favour = await _client.GetJsonAsync("/stances?polarity=1&limit=500");

        Items(against).Should().NotBeEmpty().And.OnlyContain(s => s.GetProperty("polarity").GetInt32() == -1);
        Items(favour).Should().NotBeEmpty().And.OnlyContain(s => s.GetProperty("polarity").GetInt32() == 1);
        favour.Ids().Should().Contain("turkey-supports-sochi-congress");
    }

    [Fact]
    public async Task EventFilterKeepsStancesTowardThoseEvents()
    {
        var page = await _client.GetJsonAsync("/stances?event=congress-of-syrian-national-dialogue&limit=500");

        page.Ids().Should().Contain(["coalition-boycotts-sochi-congress", "turkey-opposes-pyd-participation"]);
        Items(page).Should().OnlyContain(s => s.GetProperty("targetEventId").GetString() == "congress-of-syrian-national-dialogue");
    }

    [Fact]
    public async Task TrackFilterKeepsStancesTowardTheTrackOrItsEvents()
    {
        var sochiEvents = (await _client.GetJsonAsync("/events?track=sochi&limit=500")).Ids().ToHashSet();
        var sochi = await _client.GetJsonAsync("/stances?track=sochi&limit=500");
        var all = await _client.GetJsonAsync("/stances?limit=500");

        sochi.Ids().Should().Contain(["coalition-boycotts-sochi-congress", "turkey-supports-sochi-congress"])
            .And.NotContain("turkey-accuses-pyd", "it targets an actor, not the track or one of its events");
        Items(sochi).Should().OnlyContain(s => s.GetProperty("targetTrack").GetString() == "sochi"
            || sochiEvents.Contains(s.GetProperty("targetEventId").GetString() ?? ""));
        Items(all).Where(s => s.GetProperty("targetTrack").GetString() == "sochi"
                || sochiEvents.Contains(s.GetProperty("targetEventId").GetString() ?? ""))
            .Select(s => s.GetProperty("id").GetString()).Should().Equal(sochi.Ids());
    }

    [Fact]
    public async Task SpeakerFilterKeepsStancesThatPersonStated()
    {
        var page = await _client.GetJsonAsync("/stances?speaker=ahmed-ramadan&limit=500");

        page.Ids().Should().Contain("coalition-boycotts-sochi-congress");
        Items(page).Should().OnlyContain(s => s.GetProperty("speakerId").GetString() == "ahmed-ramadan"
            && s.GetProperty("speakerName").GetString() == "Ahmed Ramadan");
    }

    [Fact]
    public async Task DateRangeKeepsStancesStatedWithinIt()
    {
        var page = await _client.GetJsonAsync("/stances?from=2017-12-01&to=2017-12-31&limit=500");

        Items(page).Should().NotBeEmpty().And.OnlyContain(s =>
            s.GetProperty("statedOn").GetString()!.StartsWith("2017-12-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StancesAreInDateOrderWithUndatedLast()
    {
        var dates = Items(await _client.GetJsonAsync("/stances?limit=500"))
            .Select(s => s.GetProperty("statedOn").GetString() ?? "9999-12-31").ToList();

        dates.Should().HaveCountGreaterThan(10).And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task WalkingAllPagesGivesTheSameStancesAsOneBigPage()
    {
        var all = (await _client.GetJsonAsync("/stances?limit=500")).Ids().ToList();

        var walked = await _client.WalkAllPagesAsync("/stances?limit=2");

        walked.Should().Equal(all).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task IncludeTotalCountsEveryMatch()
    {
        var against = (await _client.GetJsonAsync("/stances?polarity=-1&limit=500")).Ids().Count();

        var page = await _client.GetJsonAsync("/stances?polarity=-1&limit=2&includeTotal=true");

        page.GetProperty("total").GetInt64().Should().Be(against);
        page.GetProperty("items").GetArrayLength().Should().Be(2);
    }

    [Theory]
    [InlineData("/stances?actr=turkey", "actr")]
    [InlineData("/stances?kind=loves", "kind")]
    [InlineData("/stances?polarity=2", "polarity")]
    [InlineData("/stances?from=2018-02-01&to=2018-01-01", "to")]
    [InlineData("/stances?from=2018-13-01", "from")]
    [InlineData("/stances?cursor=not-a-cursor", "cursor")]
    [InlineData("/stances?actor=no-such-actor-anywhere", "actor")]
    [InlineData("/stances?limit=501", "limit")]
    [InlineData("/stances?format=geojson", "format")]
    public async Task BadQueryIsA400ProblemNamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        await response.ShouldBeQueryProblemNamingAsync(parameter);
    }

    [Fact]
    public async Task ABadKindOrPolarityListsTheAcceptedValues()
    {
        var kind = await (await _client.GetAsync("/stances?kind=loves", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var polarity = await (await _client.GetAsync("/stances?polarity=2", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        kind.GetProperty("detail").GetString().Should().Contain("boycotts").And.Contain("will-attend");
        polarity.GetProperty("detail").GetString().Should().Contain("-1, 0, 1");
    }

    [Fact]
    public async Task ATamperedCursorIsRefused()
    {
        var cursor = (await _client.GetJsonAsync("/stances?limit=1")).GetProperty("nextCursor").GetString()!;
        var tampered = cursor[^1] == 'A' ? cursor[..^1] + "B" : cursor[..^1] + "A";

        var changed = await _client.GetAsync($"/stances?limit=1&cursor={tampered}", TestContext.Current.CancellationToken);
        var otherFilters = await _client.GetAsync($"/stances?kind=boycotts&limit=1&cursor={cursor}", TestContext.Current.CancellationToken);

        (await changed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("cursor", out _).Should().BeTrue();
        await otherFilters.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/stances.csv?track=sochi", null)]
    public async Task CsvHasAHeaderRowAndOneRowPerStance(string url, string? accept)
    {
        var expected = (await _client.GetJsonAsync("/stances?track=sochi&limit=500")).Ids().ToList();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var records = Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        records[0].Should().Equal("id", "actorId", "actorName", "kind", "polarity", "cameoCode", "targetType", "targetEventId", "targetTrack",
            "targetActorId", "speakerId", "speakerName", "statedOn", "statedPrecision", "dateBasis", "condition", "summary", "quote", "sourceId");
        records.Skip(1).Select(r => r[0]).Should().Equal(expected);
        records.Skip(1).Should().OnlyContain(r => r.Count == records[0].Count);
    }

    [Fact]
    public async Task CsvWithALimitIsOnePageLinkingTheNext()
    {
        var response = await _client.GetAsync("/stances.csv?limit=2", TestContext.Current.CancellationToken);

        Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().HaveCount(3);
        response.Headers.GetValues("Link").Single().Should().Contain("cursor=").And.Contain("rel=\"next\"");
    }

    [Fact]
    public async Task SortMinusDateGivesTheLatestStancesFirstAndPagesOnWithItsCursor()
    {
        var all = (await _client.GetJsonAsync("/stances?limit=500")).GetProperty("items").EnumerateArray()
            .Select(item => (Date: item.GetProperty("statedOn").GetString()!, Id: item.GetProperty("id").GetString()!)).ToList();
        var newestFirst = all.OrderByDescending(item => item.Date, StringComparer.Ordinal).ThenByDescending(item => item.Id, StringComparer.Ordinal)
            .Select(item => item.Id).ToList();

        var first = await _client.GetJsonAsync("/stances?sort=-date&limit=10");
        var cursor = Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!);
        var second = await _client.GetJsonAsync($"/stances?sort=-date&limit=10&cursor={cursor}");

        first.Ids().Should().Equal(newestFirst.Take(10));
        second.Ids().Should().Equal(newestFirst.Skip(10).Take(10));
    }
}
