namespace ConflictEventsApi.Tests.Http;

/// <summary>What clients generated from the OpenAPI document (openapi-fetch, openapi-generator, ...) send.</summary>
public sealed class GenericClientTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/events?track=sochi&track=geneva&limit=500", "/events?track=sochi,geneva&limit=500")]
    [InlineData("/events?track=geneva&track=sochi,astana&limit=500", "/events?track=astana,geneva,sochi&limit=500")]
    [InlineData("/stances?kind=boycotts&kind=rejects&limit=500", "/stances?kind=boycotts,rejects&limit=500")]
    [InlineData("/stances.csv?kind=boycotts&kind=rejects", "/stances.csv?kind=rejects,boycotts")]
    public async Task ARepeatedListParameterMeansWhatTheCommaFormMeans(string repeated, string commas)
    {
        var fromRepeated = await _client.GetAsync(repeated, TestContext.Current.CancellationToken);
        var fromCommas = await _client.GetAsync(commas, TestContext.Current.CancellationToken);

        fromRepeated.StatusCode.Should().Be(HttpStatusCode.OK, await fromRepeated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var body = await fromRepeated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.Should().Be(await fromCommas.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        body.Length.Should().BeGreaterThan(200, "the filter matches rows");
    }

    [Fact]
    public async Task ACursorFromTheCommaFormPagesTheRepeatedForm()
    {
        var first = await _client.GetJsonAsync("/stances?kind=boycotts,rejects&limit=2");
        var cursor = Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!);

        var viaRepeated = await _client.GetJsonAsync($"/stances?kind=rejects&kind=boycotts&limit=2&cursor={cursor}");
        var viaCommas = await _client.GetJsonAsync($"/stances?kind=boycotts,rejects&limit=2&cursor={cursor}");

        viaRepeated.Ids().Should().Equal(viaCommas.Ids()).And.NotBeEmpty();
    }

    [Fact]
    public async Task ACachedCsvPageLinksTheNextPageInTheOrderThisRequestGaveItsValues()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = await _client.GetAsync("/stances.csv?kind=rejects&kind=boycotts&limit=1", cancellationToken);
        var second = await _client.GetAsync("/stances.csv?kind=boycotts&kind=rejects&limit=1", cancellationToken);

        first.Headers.GetValues("Link").Single().Should().Contain("kind=rejects&kind=boycotts");
        second.Headers.GetValues("Link").Single().Should().Contain("kind=boycotts&kind=rejects");
    }

    [Theory]
    [InlineData("/events?limit=1&limit=2", "limit")]
    [InlineData("/stances?actor=france&actor=russia", "actor")]
    [InlineData("/events?sort=date&sort=-date", "sort")]
    public async Task ARepeatedSingleValueParameterIsA400NamingIt(string url, string parameter)
    {
        var problem = await (await _client.GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeQueryProblemNamingAsync(parameter);

        problem.GetProperty("errors").GetProperty(parameter)[0].GetString().Should().Contain("2 times");
    }

    [Fact]
    public async Task RepeatedListValuesAreBoundedTogether()
    {
        var url = "/events?" + string.Join('&', Enumerable.Repeat("track=sochi", 60));

        await (await _client.GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeQueryProblemNamingAsync("track");
    }

    [Fact]
    public async Task TheDocumentDescribesListsAsRepeatedArrays()
    {
        var document = await _client.GetJsonAsync("/swagger/v1/swagger.json");
        var track = document.GetProperty("paths").GetProperty("/events").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "track");

        track.GetProperty("schema").GetProperty("type").GetString().Should().Be("array");
        // style: form and explode: true are a query parameter's defaults, so the document may leave them out.
        (!track.TryGetProperty("style", out var style) || style.GetString() == "form").Should().BeTrue(track.GetRawText());
        (!track.TryGetProperty("explode", out var explode) || explode.GetBoolean()).Should().BeTrue(track.GetRawText());
    }

    [Theory]
    [InlineData("/events?track=soch", "track", "sochi")]
    [InlineData("/events?actor=frnace", "actor", "france")]
    [InlineData("/events?participant=Frnace", "participant", "france")]
    [InlineData("/stances?actor=frnace", "actor", "france")]
    [InlineData("/stances?event=congress-of-syrian-national-dialog", "event", "congress-of-syrian-national-dialogue")]
    [InlineData("/stances?track=genva", "track", "geneva")]
    [InlineData("/stances?targetActor=russia,frnace", "targetActor", "france")]
    [InlineData("/stances?speaker=staffan-de-mistur", "speaker", "staffan-de-mistura")]
    [InlineData("/stances?source=new-arab-2017-11-02-opposition-rejects-sochi-jok", "source", "new-arab-2017-11-02-opposition-rejects-sochi-joke")]
    [InlineData("/actors?track=soch", "track", "sochi")]
    [InlineData("/actors?parent=united-state", "parent", "united-states")]
    [InlineData("/claims?topic=syria-war-death-tol", "topic", "syria-war-death-toll")]
    [InlineData("/claims?source=the-national-2017-12-25-rebel-groups-reject-soch", "source", "the-national-2017-12-25-rebel-groups-reject-sochi")]
    [InlineData("/stats/stances?groupBy=kind&track=astan", "track", "astana")]
    [InlineData("/stats/stances?groupBy=kind&actor=frnace", "actor", "france")]
    [InlineData("/stats/events?track=soch", "track", "sochi")]
    public async Task AnUnknownIdInAnyFilterIsA400NamingTheParameterAndTheNearestIds(string url, string parameter, string nearest)
    {
        var problem = await (await _client.GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeQueryProblemNamingAsync(parameter);

        var message = problem.GetProperty("errors").GetProperty(parameter)[0].GetString();
        message.Should().MatchRegex($@"nearest: ([a-z0-9-]+, )*{nearest}(,|\))");
    }
}
