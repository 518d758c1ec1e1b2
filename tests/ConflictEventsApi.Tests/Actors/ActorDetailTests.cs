namespace ConflictEventsApi.Tests.Actors;

public sealed class ActorDetailTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task AnActorShowsItsAliasesAffiliationsMembersAndCounts()
    {
        var coalition = await _client.GetJsonAsync("/actors/syrian-national-coalition");

        coalition.GetProperty("id").GetString().Should().Be("syrian-national-coalition");
        coalition.GetProperty("name").GetString().Should().Be("Syrian National Coalition");
        coalition.GetProperty("kind").GetString().Should().Be("opposition-body");
        coalition.GetProperty("aliases").GetArrayLength().Should().BePositive();
        coalition.GetProperty("aliases").EnumerateArray().Should().OnlyContain(a =>
            a.GetProperty("alias").GetString()!.Length > 0 && a.GetProperty("kind").GetString()!.Length > 0
            && a.GetProperty("alsoNames").ValueKind == JsonValueKind.Array);
        var spokesman = coalition.GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("actorId").GetString() == "ahmed-ramadan");
        spokesman.GetProperty("actorName").GetString().Should().Be("Ahmed Ramadan");
        spokesman.GetProperty("relation").GetString().Should().NotBeNullOrEmpty();
        var counts = coalition.GetProperty("counts");
        counts.GetProperty("stances").GetInt64().Should().BePositive();
        counts.GetProperty("citations").GetInt64().Should().BePositive("its aliases are quoted");
        await using var connection = new Npgsql.NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        counts.GetProperty("events").GetInt64().Should().Be(await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
            "SELECT count(DISTINCT event_id) FROM event_participants WHERE actor_id = 'syrian-national-coalition'"));
    }

    [Fact]
    public async Task APersonShowsTheBodyItSpeaksForAndTheStancesItVoiced()
    {
        var ramadan = await _client.GetJsonAsync("/actors/ahmed-ramadan");

        var affiliation = ramadan.GetProperty("affiliations").EnumerateArray()
            .Single(a => a.GetProperty("parentId").GetString() == "syrian-national-coalition");
        affiliation.GetProperty("parentName").GetString().Should().Be("Syrian National Coalition");
        affiliation.GetProperty("relation").GetString().Should().NotBeNullOrEmpty();
        ramadan.GetProperty("counts").GetProperty("stancesAsSpeaker").GetInt64().Should().BePositive();
    }

    [Fact]
    public async Task CountsMatchTheStancesListedForTheActor()
    {
        var turkey = await _client.GetJsonAsync("/actors/turkey");
        var stances = await _client.GetJsonAsync("/actors/turkey/stances?limit=500");

        turkey.GetProperty("counts").GetProperty("stances").GetInt64().Should().Be(stances.GetProperty("items").GetArrayLength());
        turkey.GetProperty("counts").GetProperty("events").GetInt64().Should().BePositive();
        turkey.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("alias").GetString()).Should().Contain("Ankara");
    }

    [Fact]
    public async Task AnAliasSharedWithAnotherActorIsMarkedAmbiguousAndNamesTheOthers()
    {
        var owners = await SncOwnersAsync();
        owners.Should().Contain("syrian-negotiation-commission");

        foreach (var owner in owners)
        {
            var actor = await _client.GetJsonAsync($"/actors/{owner}");
            var snc = actor.GetProperty("aliases").EnumerateArray().Single(a => a.GetProperty("alias").GetString() == "SNC");
            snc.GetProperty("ambiguous").GetBoolean().Should().Be(owners.Count > 1, owner);
            snc.GetProperty("alsoNames").EnumerateArray().Select(a => a.GetString()).Should().BeEquivalentTo(owners.Where(o => o != owner), owner);
        }
        var moscow = (await _client.GetJsonAsync("/actors/russia")).GetProperty("aliases").EnumerateArray()
            .Single(a => a.GetProperty("alias").GetString() == "Moscow");
        moscow.GetProperty("ambiguous").GetBoolean().Should().BeFalse();
        moscow.GetProperty("alsoNames").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task AnUnknownActorIsA404Problem()
    {
        var response = await _client.GetAsync("/actors/no-such-actor", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("actor").And.Contain("no-such-actor");
    }

    [Theory]
    [InlineData("/actors/no-such-actor/stances")]
    [InlineData("/actors/no-such-actor/stances.csv")]
    public async Task TheStancesOfAnUnknownActorAreA404Problem(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("no-such-actor");
    }

    [Fact]
    public async Task AnActorsStancesExportIsEveryStanceOfItsPages()
    {
        var own = await _client.GetJsonAsync("/actors/turkey/stances?limit=500");

        var response = await _client.GetAsync("/actors/turkey/stances.csv", TestContext.Current.CancellationToken);

        var records = Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        records.Skip(1).Select(r => r[0]).Should().Equal(own.Ids()).And.NotBeEmpty();
    }

    [Fact]
    public async Task AnActorsStancesAreHisOwnAndPageLikeTheStancesList()
    {
        var own = await _client.GetJsonAsync("/actors/turkey/stances?limit=500");
        var filtered = await _client.GetJsonAsync("/stances?actor=turkey&limit=500");

        own.Ids().Should().Contain("turkey-opposes-pyd-participation");
        own.GetProperty("items").EnumerateArray().Should().OnlyContain(s => s.GetProperty("actorId").GetString() == "turkey");
        own.Ids().Should().Equal(filtered.Ids());
        (await _client.WalkAllPagesAsync("/actors/turkey/stances?limit=1")).Should().Equal(own.Ids());
    }

    [Fact]
    public async Task AnActorsStancesCursorDoesNotServeAnotherActor()
    {
        var cursor = (await _client.GetJsonAsync("/actors/turkey/stances?limit=1")).GetProperty("nextCursor").GetString()!;

        var response = await _client.GetAsync($"/actors/russia/stances?limit=1&cursor={cursor}", TestContext.Current.CancellationToken);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("cursor", out _).Should().BeTrue();
    }

    /// <summary>The actors with the alias "SNC" (case- and accent-insensitive), as the alias table says.</summary>
    private async Task<List<string>> SncOwnersAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var ids = await Dapper.SqlMapper.QueryAsync<string>(connection, new Dapper.CommandDefinition("""
            SELECT DISTINCT actor_id::text FROM actor_aliases WHERE fold_text(alias) = 'snc' ORDER BY 1
            """, cancellationToken: TestContext.Current.CancellationToken));
        return ids.ToList();
    }
}
