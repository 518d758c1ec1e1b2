using System.Net.Http.Headers;
using ConflictEventsApi.Tests.Events;

namespace ConflictEventsApi.Tests.Actors;

public sealed class ActorListTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ActorsAreInIdOrderWithAliasesAndParents()
    {
        var page = await _client.GetJsonAsync("/actors?limit=500");

        var ids = page.Ids().ToList();
        ids.Should().HaveCountGreaterThan(20).And.BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        ids.Should().Contain(["russia", "turkey", "syrian-government", "syrian-negotiation-commission", "syrian-national-coalition"]);
        var russia = page.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "russia");
        russia.GetProperty("name").GetString().Should().Be("Russia");
        russia.GetProperty("kind").GetString().Should().Be("state");
        russia.GetProperty("countryCode").GetString().Should().Be("RU");
        russia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Moscow");
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(a => a.GetProperty("parentIds").ValueKind == JsonValueKind.Array);
    }

    [Fact]
    public async Task TextSearchFindsAssadByPartOfHisNameWhateverTheCase()
    {
        var page = await _client.GetJsonAsync("/actors?q=ASSAD&limit=500");

        page.Ids().Should().Contain("bashar-al-assad");
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(a =>
            a.GetProperty("name").GetString()!.Contains("assad", StringComparison.OrdinalIgnoreCase)
            || a.GetProperty("aliases").EnumerateArray().Any(alias => alias.GetString()!.Contains("assad", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task TextSearchMatchesAliasesAndIgnoresAccents()
    {
        var byAlias = await _client.GetJsonAsync("/actors?q=ankara&limit=500");
        var accented = await _client.GetJsonAsync("/actors?q=%C3%A1ssad&limit=500");

        byAlias.Ids().Should().Contain("turkey");
        accented.Ids().Should().Contain("bashar-al-assad");
    }

    [Fact]
    public async Task TextSearchTakesLikeWildcardsLiterally()
    {
        var percent = await _client.GetJsonAsync("/actors?q=%25&limit=500");
        var underscore = await _client.GetJsonAsync("/actors?q=_&limit=500");

        percent.GetProperty("items").GetArrayLength().Should().Be(0);
        underscore.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task KindFilterKeepsOnlyThoseKinds()
    {
        var persons = await _client.GetJsonAsync("/actors?kind=person&limit=500");
        var statesAndGovernments = await _client.GetJsonAsync("/actors?kind=state,Government&limit=500");

        persons.Ids().Should().Contain("bashar-al-assad").And.NotContain("russia");
        persons.GetProperty("items").EnumerateArray().Should().OnlyContain(a => a.GetProperty("kind").GetString() == "person");
        statesAndGovernments.Ids().Should().Contain(["russia", "syrian-government"]);
        statesAndGovernments.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("kind").GetString())
            .Distinct().Should().BeEquivalentTo(["state", "government"]);
    }

    [Fact]
    public async Task TrackFilterKeepsActorsInvolvedInThatTrack()
    {
        var sochi = (await _client.GetJsonAsync("/actors?track=sochi&limit=500")).Ids().ToList();
        var all = (await _client.GetJsonAsync("/actors?limit=500")).Ids().ToList();

        sochi.Should().Contain(["russia", "turkey", "syrian-government", "syrian-national-coalition"]);
        sochi.Should().HaveCountLessThan(all.Count);
        await (await _client.GetAsync("/actors?track=no-such-track", TestContext.Current.CancellationToken))
            .ShouldBeQueryProblemNamingAsync("track");
    }

    [Fact]
    public async Task ParentFilterListsTheActorsAffiliatedToIt()
    {
        var page = await _client.GetJsonAsync("/actors?parent=syrian-national-coalition&limit=500");

        page.Ids().Should().Contain("ahmed-ramadan");
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(a =>
            a.GetProperty("parentIds").EnumerateArray().Any(p => p.GetString() == "syrian-national-coalition"));
    }

    [Fact]
    public async Task WalkingAllPagesGivesTheSameActorsAsOneBigPage()
    {
        var all = (await _client.GetJsonAsync("/actors?limit=500")).Ids().ToList();

        var walked = await _client.WalkAllPagesAsync("/actors?limit=2");
        var walkedPersons = await _client.WalkAllPagesAsync("/actors?kind=person&limit=2");

        walked.Should().Equal(all).And.OnlyHaveUniqueItems();
        walkedPersons.Should().Equal((await _client.GetJsonAsync("/actors?kind=person&limit=500")).Ids());
    }

    [Fact]
    public async Task IncludeTotalCountsEveryMatch()
    {
        var persons = (await _client.GetJsonAsync("/actors?kind=person&limit=500")).Ids().Count();

        var page = await _client.GetJsonAsync("/actors?kind=person&limit=1&includeTotal=true");

        page.GetProperty("total").GetInt64().Should().Be(persons);
        page.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("/actors?knd=person", "knd")]
    [InlineData("/actors?kind=alien", "kind")]
    [InlineData("/actors?limit=0", "limit")]
    [InlineData("/actors?cursor=not-a-cursor", "cursor")]
    [InlineData("/actors?format=xml", "format")]
    [InlineData("/actors/russia?limit=5", "limit")]
    [InlineData("/actors/russia/stances?kind=boycotts", "kind")]
    public async Task BadQueryIsA400ProblemNamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        await response.ShouldBeQueryProblemNamingAsync(parameter);
    }

    [Fact]
    public async Task ABadKindListsTheAcceptedKinds()
    {
        var response = await _client.GetAsync("/actors?kind=alien", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("person").And.Contain("armed-group").And.Contain("collective");
    }

    [Fact]
    public async Task ACursorIsRefusedWhenTamperedOrWithOtherFilters()
    {
        var cursor = (await _client.GetJsonAsync("/actors?limit=1")).GetProperty("nextCursor").GetString()!;
        var tampered = cursor[^1] == 'A' ? cursor[..^1] + "B" : cursor[..^1] + "A";

        var changed = await _client.GetAsync($"/actors?limit=1&cursor={tampered}", TestContext.Current.CancellationToken);
        var otherFilters = await _client.GetAsync($"/actors?kind=person&limit=1&cursor={cursor}", TestContext.Current.CancellationToken);

        (await changed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("cursor", out _).Should().BeTrue();
        await otherFilters.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/actors.csv?kind=person", null)]
    public async Task CsvHasAHeaderRowAndOneRowPerActor(string url, string? accept)
    {
        var expected = (await _client.GetJsonAsync("/actors?kind=person&limit=500")).Ids().ToList();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var records = Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        records[0].Should().Equal("id", "name", "kind", "countryCode", "description", "aliases", "parentIds");
        records.Skip(1).Select(r => r[0]).Should().Equal(expected);
        records.Skip(1).Should().OnlyContain(r => r.Count == records[0].Count && r[2] == "person");
    }
}
