using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Positions;

public sealed class PositionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Congress = "congress-of-syrian-national-dialogue";
    private static readonly string[] Positions = ["for", "against", "neutral", "mixed"];
    private readonly HttpClient _client = api.CreateClient();

    private sealed record StanceRow
    {
        public required string Id { get; init; }
        public required string ActorId { get; init; }
        public required int Polarity { get; init; }
        public DateTime? StatedOn { get; init; }
    }

    private static Dictionary<string, JsonElement> ByActor(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().ToDictionary(row => row.GetProperty("actorId").GetString()!);

    private static string PositionOf(Dictionary<string, JsonElement> rows, string actor) =>
        rows.TryGetValue(actor, out var row) ? row.GetProperty("position").GetString()! : "(none)";

    private async Task<List<StanceRow>> StancesAsync(string where, object parameters)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return (await connection.QueryAsync<StanceRow>(new CommandDefinition(
            $"SELECT s.id::text AS id, s.actor_id::text AS actor_id, s.polarity::int AS polarity, s.stated_on::timestamp AS stated_on FROM stances s WHERE {where}",
            parameters, cancellationToken: TestContext.Current.CancellationToken))).AsList();
    }

    /// <summary>The positions as the README and GET /events/{id}/positions define them (the latest stances decide; disagreement is mixed), computed here from the raw rows.</summary>
    private static Dictionary<string, string> ExpectedPositions(IEnumerable<StanceRow> stances) =>
        stances.GroupBy(s => s.ActorId).ToDictionary(group => group.Key, group =>
        {
            var latest = group.Max(s => s.StatedOn ?? DateTime.MinValue);
            var deciding = group.Where(s => (s.StatedOn ?? DateTime.MinValue) == latest).Select(s => Math.Sign(s.Polarity)).Distinct().ToList();
            return deciding.Count > 1 ? "mixed" : deciding[0] switch { > 0 => "for", < 0 => "against", _ => "neutral" };
        });

    private static void ShouldMatch(JsonElement page, List<StanceRow> toward)
    {
        var rows = ByActor(page);
        rows.ToDictionary(pair => pair.Key, pair => pair.Value.GetProperty("position").GetString())
            .Should().BeEquivalentTo(ExpectedPositions(toward));
        foreach (var (actor, row) in rows)
            row.GetProperty("stanceIds").EnumerateArray().Select(id => id.GetString())
                .Should().BeEquivalentTo(toward.Where(s => s.ActorId == actor).Select(s => s.Id), $"the stances behind {actor}'s position");
    }

    [Fact]
    public async Task TheCongressPositionsCountOnlyStancesTowardTheCongressItself()
    {
        var page = await _client.GetJsonAsync($"/events/{Congress}/positions");

        // Not a stance toward another actor's participation or toward an actor: those name a target actor.
        var toward = await StancesAsync("s.target_event_id = @id AND s.target_actor_id IS NULL", new { id = Congress });
        toward.Should().NotBeEmpty();
        ShouldMatch(page, toward);
        page.GetProperty("items").EnumerateArray().SelectMany(row => row.GetProperty("stanceIds").EnumerateArray())
            .Select(id => id.GetString()).Should().NotContain("turkey-opposes-pyd-participation");
    }

    [Fact]
    public async Task ATracksPositionsCountStancesTowardTheTrackAndItsEventsOnly()
    {
        foreach (var track in new[] { "sochi", "geneva", "astana" })
        {
            var page = await _client.GetJsonAsync($"/tracks/{track}/positions");
            var toward = await StancesAsync("""
                s.target_actor_id IS NULL
                AND (s.target_track_slug = @track OR s.target_event_id IN (SELECT id FROM events WHERE track_slug = @track))
                """, new { track });
            ShouldMatch(page, toward);
        }
    }

    [Fact]
    public async Task TheCongressHasItsBackersForAndItsBoycottersAgainst()
    {
        var rows = ByActor(await _client.GetJsonAsync($"/events/{Congress}/positions"));
        var rolledUp = ByActor(await _client.GetJsonAsync($"/events/{Congress}/positions?rollup=parent"));

        foreach (var backer in new[] { "russia", "turkey", "iran", "syrian-government" })
            PositionOf(rows, backer).Should().Be("for", backer);
        PositionOf(rows, "kremlin").Should().NotBe("against");
        foreach (var opponent in new[] { "forty-rebel-groups", "syrian-negotiation-commission", "united-states", "france" })
            PositionOf(rolledUp, opponent).Should().Be("against", opponent);
        // Rolled up, France's Foreign Ministry speaks as France and is no row of its own.
        rolledUp.Should().NotContainKey("french-foreign-ministry");
        rolledUp["france"].GetProperty("statedByActorIds").EnumerateArray().Select(id => id.GetString())
            .Should().Contain("french-foreign-ministry");
    }

    [Fact]
    public async Task NoHostOrSponsorOfTheCongressIsAgainstIt()
    {
        var rolledUp = ByActor(await _client.GetJsonAsync($"/events/{Congress}/positions?rollup=parent"));
        var hosts = rolledUp.Values.Where(row => row.GetProperty("roles").EnumerateArray()
            .Any(role => role.GetProperty("role").GetString() is "host" or "sponsor")).ToList();

        hosts.Should().NotBeEmpty();
        hosts.Should().OnlyContain(row => row.GetProperty("position").GetString() != "against");
    }

    [Fact]
    public async Task TheTrackCountsAreTheNumberOfActorsWithEachPosition()
    {
        foreach (var track in new[] { "sochi", "geneva", "astana" })
        {
            var detail = await _client.GetJsonAsync($"/tracks/{track}");
            var rows = ByActor(await _client.GetJsonAsync($"/tracks/{track}/positions")).Values.ToList();
            var counts = detail.GetProperty("summary").GetProperty("positions");
            foreach (var position in new[] { "for", "against", "neutral", "mixed" })
                counts.GetProperty(position).GetInt64().Should()
                    .Be(rows.Count(row => row.GetProperty("position").GetString() == position), $"{track} {position}");
        }
    }

    [Fact]
    public async Task StanceStatsCountTheSameActorsPerPositionAsTheTrack()
    {
        var byTrack = (await _client.GetJsonAsync("/stats/stances?groupBy=track")).GetProperty("items").EnumerateArray()
            .Where(row => row.GetProperty("key").ValueKind == JsonValueKind.String)
            .ToDictionary(row => row.GetProperty("key").GetString()!);

        foreach (var track in new[] { "sochi", "geneva", "astana" })
        {
            var counts = (await _client.GetJsonAsync($"/tracks/{track}")).GetProperty("summary").GetProperty("positions");
            foreach (var position in new[] { "for", "against", "neutral", "mixed" })
                byTrack[track].GetProperty(position).GetInt64().Should().Be(counts.GetProperty(position).GetInt64(), $"{track} {position}");
        }
        // Russia's stance against the PYD's participation says nothing against Sochi.
        var russia = (await _client.GetJsonAsync("/stats/stances?groupBy=actor&track=sochi")).GetProperty("items").EnumerateArray()
            .Single(row => row.GetProperty("key").GetString() == "russia");
        russia.GetProperty("for").GetInt64().Should().Be(1);
        russia.GetProperty("against").GetInt64().Should().Be(0);
    }

    [Theory]
    [InlineData("track")]
    [InlineData("actor")]
    [InlineData("kind")]
    [InlineData("polarity")]
    public async Task PositionsKeptWithTheDatasetEqualPositionsComputedPerRequest(string groupBy)
    {
        // Unfiltered, the stats read track_positions; any date range makes them compute positions from the tallies.
        static Dictionary<string, string> Counts(JsonElement page) => page.GetProperty("items").EnumerateArray()
            .Where(row => row.GetProperty("key").ValueKind == JsonValueKind.String)
            .ToDictionary(row => row.GetProperty("key").GetString()!, row => string.Join(",",
                Positions.Select(position => row.GetProperty(position).GetInt64())));

        var kept = Counts(await _client.GetJsonAsync($"/stats/stances?groupBy={groupBy}"));
        var computed = Counts(await _client.GetJsonAsync($"/stats/stances?groupBy={groupBy}&from=0001-01-01"));

        kept.Should().NotBeEmpty();
        kept.Should().BeEquivalentTo(computed);
    }

    [Fact]
    public async Task EveryRowNamesTheRolesAndTheDatesBehindIt()
    {
        var rows = ByActor(await _client.GetJsonAsync($"/events/{Congress}/positions"));

        rows["syrian-negotiation-commission"].GetProperty("roles").EnumerateArray()
            .Select(role => role.GetProperty("role").GetString()).Should().Contain("boycotted");
        foreach (var row in rows.Values)
        {
            var first = row.GetProperty("firstStatedOn").GetString()!;
            var last = row.GetProperty("lastStatedOn").GetString()!;
            string.CompareOrdinal(first, last).Should().BeLessThanOrEqualTo(0);
            row.GetProperty("decidingStanceIds").GetArrayLength().Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public async Task PositionsComeAsCsvAndFilterByPosition()
    {
        var csv = Csv.Parse(await _client.GetStringAsync($"/events/{Congress}/positions.csv?position=against",
            TestContext.Current.CancellationToken));
        var json = ByActor(await _client.GetJsonAsync($"/events/{Congress}/positions?position=against"));

        csv.Should().NotBeEmpty();
        csv.Select(row => row["actorId"]).Should().BeEquivalentTo(json.Keys);
        csv.Should().OnlyContain(row => row["position"] == "against");
    }

    [Fact]
    public async Task AnUnknownEventOrTrackIsA404AndABadRollupA400()
    {
        await (await _client.GetAsync("/events/no-such-event/positions", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/tracks/nowhere/positions", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/events/{Congress}/positions?rollup=grandparent", TestContext.Current.CancellationToken))
            .ShouldBeQueryProblemNamingAsync("rollup");
    }
}
