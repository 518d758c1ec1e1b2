using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Stances;

/// <summary>Filters that find a stance without knowing how the actor hierarchy was coded.</summary>
public sealed class StanceFinderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task FranceFindsTheRefusalItsForeignMinistryVoiced()
    {
        var france = await _client.GetJsonAsync("/stances?actor=france&limit=500");
        var exact = await _client.GetJsonAsync("/stances?actor=france&exact=true&limit=500");

        france.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("actorId").GetString())
            .Should().Contain("french-foreign-ministry");
        exact.GetProperty("items").EnumerateArray().Should().OnlyContain(s => s.GetProperty("actorId").GetString() == "france");
        exact.Ids().Except(france.Ids()).Should().BeEmpty();
    }

    [Fact]
    public async Task StanceStatsForFranceCountItsForeignMinistry()
    {
        var rows = (await _client.GetJsonAsync("/stats/stances?groupBy=actor&actor=france")).GetProperty("items").EnumerateArray().ToList();
        var exact = (await _client.GetJsonAsync("/stats/stances?groupBy=actor&actor=france&exact=true")).GetProperty("items").EnumerateArray();

        rows.Select(row => row.GetProperty("key").GetString()).Should().Equal("french-foreign-ministry");
        rows.Single().GetProperty("count").GetInt64().Should().Be((await _client.GetJsonAsync("/stances?actor=french-foreign-ministry&exact=true&limit=500")).GetProperty("items").GetArrayLength());
        exact.Should().BeEmpty();
    }

    [Fact]
    public async Task AnEnvoyFindsTheStancesHeSpoke()
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var spoken = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM stances WHERE speaker_id = 'staffan-de-mistura' OR actor_id = 'staffan-de-mistura'",
            cancellationToken: TestContext.Current.CancellationToken))).ToList();

        spoken.Should().NotBeEmpty();
        (await _client.GetJsonAsync("/stances?actor=staffan-de-mistura&limit=500")).Ids().Should().BeEquivalentTo(spoken);
    }

    [Fact]
    public async Task ParentFollowsOrgansNotBacking()
    {
        var russia = (await _client.GetJsonAsync("/actors?parent=russia&limit=500")).Ids().ToList();

        russia.Should().Contain("kremlin");
        russia.Should().NotContain("syrian-government", "Russia backs the Syrian government; it is not an organ of Russia");
    }

    [Fact]
    public async Task TextSearchCoversQuotesAndSummaries()
    {
        (await _client.GetJsonAsync("/stances?q=joke%20in%20bad%20taste")).Ids().Should().NotBeEmpty();
        (await _client.GetJsonAsync("/stances?q=xylophone")).Ids().Should().BeEmpty();
    }

    [Fact]
    public async Task TargetTypeAndTargetActorSelectStancesTowardParticipation()
    {
        var participation = await _client.GetJsonAsync("/stances?targetType=participation&limit=500");
        var towardPyd = (await _client.GetJsonAsync("/stances?targetActor=pyd&limit=500")).Ids().ToList();
        var towardPydsParticipation = (await _client.GetJsonAsync("/stances?targetActor=pyd&targetType=participation&limit=500")).Ids().ToList();

        participation.GetProperty("items").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(s =>
            s.GetProperty("targetType").GetString() == "participation"
            && s.GetProperty("targetActorId").ValueKind == JsonValueKind.String
            && s.GetProperty("targetEventId").ValueKind == JsonValueKind.String);
        towardPyd.Should().Contain(["turkey-opposes-pyd-participation", "turkey-accuses-pyd"]);
        towardPydsParticipation.Should().Contain("turkey-opposes-pyd-participation").And.NotContain("turkey-accuses-pyd");
        towardPydsParticipation.Except(participation.Ids()).Should().BeEmpty();
    }

    [Fact]
    public async Task TheSourceFilterKeepsStancesCitedFromThatArticle()
    {
        const string source = "rferl-2018-01-29-sochi-conference-opens-despite-boycott";
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var cited = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT stance_id FROM citations WHERE source_id = @source AND stance_id IS NOT NULL",
            new { source }, cancellationToken: TestContext.Current.CancellationToken))).ToList();

        cited.Should().NotBeEmpty();
        (await _client.GetJsonAsync($"/stances?source={source}&limit=500")).Ids().Should().BeEquivalentTo(cited);
    }

    [Fact]
    public async Task OneStanceComesWithEveryCitation()
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var (id, count) = await connection.QuerySingleAsync<(string, long)>(new CommandDefinition(
            "SELECT stance_id, count(*) FROM citations WHERE stance_id IS NOT NULL GROUP BY stance_id ORDER BY count(*) DESC, stance_id LIMIT 1",
            cancellationToken: TestContext.Current.CancellationToken));

        var detail = await _client.GetJsonAsync($"/stances/{id}");

        count.Should().BeGreaterThan(1);
        detail.GetProperty("stance").GetProperty("id").GetString().Should().Be(id);
        detail.GetProperty("citations").GetArrayLength().Should().Be((int)count);
        await (await _client.GetAsync("/stances/no-such-stance", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/stances?track=atlantis", "track")]
    [InlineData("/stances?event=no-such-event", "event")]
    [InlineData("/stances?targetActor=nobody-at-all", "targetActor")]
    [InlineData("/stances?source=no-such-article", "source")]
    [InlineData("/stances?speaker=nobody-at-all", "speaker")]
    [InlineData("/stances?targetType=planet", "targetType")]
    [InlineData("/events?track=atlantis", "track")]
    [InlineData("/actors?parent=nobody-at-all", "parent")]
    public async Task AnUnknownIdInAFilterIsA400NamingTheParameter(string url, string parameter)
    {
        await (await _client.GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeQueryProblemNamingAsync(parameter);
    }
}
