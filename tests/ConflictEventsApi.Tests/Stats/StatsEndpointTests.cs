using ConflictEventsApi.Tests.Events;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Stats;

public sealed class StatsEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task StancesByPolaritySumToEveryStanceInTheDatabase()
    {
        var stances = await ScalarAsync("SELECT count(*) FROM stances");
        var against = await ScalarAsync("SELECT count(*) FROM stances WHERE polarity = -1");

        var page = await _client.GetJsonAsync("/stats/stances?groupBy=polarity");

        var rows = page.GetProperty("items").EnumerateArray().ToList();
        rows.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(stances);
        var againstRow = rows.Single(r => r.GetProperty("key").GetString() == "-1");
        againstRow.GetProperty("label").GetString().Should().Be("against");
        againstRow.GetProperty("count").GetInt64().Should().Be(against);
        // Positions decided by stances against are against (or mixed), never for or neutral.
        againstRow.GetProperty("against").GetInt64().Should().BeGreaterThan(0);
        againstRow.GetProperty("for").GetInt64().Should().Be(0);
        againstRow.GetProperty("neutral").GetInt64().Should().Be(0);
        page.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task StancesByActorAndKindAlsoSumToEveryStance()
    {
        var stances = await ScalarAsync("SELECT count(*) FROM stances");

        var byActor = (await _client.GetJsonAsync("/stats/stances?groupBy=actor")).GetProperty("items").EnumerateArray().ToList();
        var byKind = (await _client.GetJsonAsync("/stats/stances?groupBy=kind")).GetProperty("items").EnumerateArray().ToList();

        byActor.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(stances);
        byKind.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(stances);
        byActor.Should().OnlyContain(r => !string.IsNullOrEmpty(r.GetProperty("label").GetString()));
        byActor.Select(r => r.GetProperty("count").GetInt64()).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task StancesByTrackCountSochiAgainstVotesAndTheTrackFilterKeepsOnlySochi()
    {
        var byTrack = (await _client.GetJsonAsync("/stats/stances?groupBy=track")).GetProperty("items").EnumerateArray().ToList();
        var sochiOnly = (await _client.GetJsonAsync("/stats/stances?groupBy=track&track=sochi")).GetProperty("items").EnumerateArray().ToList();

        var sochi = byTrack.Single(r => r.GetProperty("key").GetString() == "sochi");
        sochi.GetProperty("against").GetInt64().Should().BeGreaterThanOrEqualTo(1);
        sochi.GetProperty("label").GetString().Should().Contain("Sochi");
        sochiOnly.Should().ContainSingle().Which.GetProperty("count").GetInt64().Should().Be(sochi.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task FiltersNarrowTheCountedStances()
    {
        var rejects = await ScalarAsync("SELECT count(*) FROM stances WHERE kind = 'rejects'");

        var byKind = (await _client.GetJsonAsync("/stats/stances?groupBy=polarity&kind=rejects")).GetProperty("items").EnumerateArray();
        var onlyFor = (await _client.GetJsonAsync("/stats/stances?groupBy=kind&polarity=1")).GetProperty("items").EnumerateArray().ToList();

        byKind.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(rejects);
        onlyFor.Should().OnlyContain(r => r.GetProperty("against").GetInt64() == 0 && r.GetProperty("neutral").GetInt64() == 0);
    }

    // Whole months come from the monthly tallies, the days at either end from the daily ones
    // (StatedRange): ranges that start and end on and off month boundaries, one day, open ends.
    [Theory]
    [InlineData("2017-12-01", "2017-12-31")]
    [InlineData("2017-11-01", "2018-01-31")]
    [InlineData("2017-12-15", "2018-01-15")]
    [InlineData("2017-11-20", "2018-01-29")]
    [InlineData("2017-12-26", "2017-12-26")]
    [InlineData("2017-12-02", "2017-12-30")]
    [InlineData("2017-12-01", null)]
    [InlineData(null, "2017-12-25")]
    [InlineData("0001-01-01", "9999-12-31")]
    public async Task EveryGroupingCountsExactlyTheStancesStatedInTheRange(string? from, string? to)
    {
        var range = (from is null ? "" : $"&from={from}") + (to is null ? "" : $"&to={to}");
        var stated = (from is null ? "" : $" AND s.stated_on >= DATE '{from}'") + (to is null ? "" : $" AND s.stated_on <= DATE '{to}'");
        var byKind = await LiveCountsAsync($"SELECT s.kind, count(*) FROM stances s WHERE TRUE{stated} GROUP BY 1");
        var byTrack = await LiveCountsAsync($"""
            SELECT g.track, count(*) FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
            LEFT JOIN LATERAL unnest(ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[s.target_track_slug::text, e.track_slug::text]) AS x
                                          WHERE x IS NOT NULL)) AS g(track) ON TRUE
            WHERE TRUE{stated} GROUP BY 1
            """);

        byKind.Values.Sum().Should().BeGreaterThan(0);
        (await ApiCountsAsync($"/stats/stances?groupBy=kind{range}")).Should().Equal(byKind);
        (await ApiCountsAsync($"/stats/stances?groupBy=track{range}")).Should().Equal(byTrack);
        (await ApiCountsAsync($"/stats/stances?groupBy=polarity{range}")).Should().Equal(
            await LiveCountsAsync($"SELECT s.polarity::text, count(*) FROM stances s WHERE TRUE{stated} GROUP BY 1"));
        (await ApiCountsAsync($"/stats/stances?groupBy=actor{range}")).Should().Equal(
            await LiveCountsAsync($"SELECT s.actor_id, count(*) FROM stances s WHERE TRUE{stated} GROUP BY 1"));
    }

    [Theory]
    [InlineData("/stats/stances")]
    [InlineData("/stats/stances?groupBy=country")]
    public async Task GroupByMissingOrInvalidIsA400NamingItAndItsValues(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("groupBy")[0].GetString();
        message.Should().Contain("track").And.Contain("actor").And.Contain("kind").And.Contain("polarity");
    }

    [Theory]
    [InlineData("/stats/stances?groupBy=kind&polarity=2", "polarity")]
    [InlineData("/stats/stances?groupBy=kind&kind=likes", "kind")]
    [InlineData("/stats/stances?groupBy=kind&from=2018-01-01&to=2017-01-01", "to")]
    [InlineData("/stats/events?bucket=year", "bucket")]
    [InlineData("/stats/events?groupBy=track", "groupBy")]
    public async Task AnInvalidOrUnknownParameterIsA400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(parameter, out _).Should().BeTrue();
    }

    [Fact]
    public async Task EventsByMonthSumToTheDatedEvents()
    {
        var dated = await ScalarAsync("SELECT count(*) FROM events WHERE start_date IS NOT NULL");

        var page = await _client.GetJsonAsync("/stats/events?bucket=month");

        var rows = page.GetProperty("items").EnumerateArray().ToList();
        rows.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(dated);
        rows.Should().OnlyContain(r => r.GetProperty("period").GetString()!.EndsWith("-01", StringComparison.Ordinal));
        rows.Select(r => r.GetProperty("period").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        page.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task MonthIsTheDefaultBucketAndDaysAndWeeksCountTheSameEvents()
    {
        var byDefault = await _client.GetJsonAsync("/stats/events");
        var byMonth = await _client.GetJsonAsync("/stats/events?bucket=month");
        var byDay = (await _client.GetJsonAsync("/stats/events?bucket=day")).GetProperty("items").EnumerateArray();
        var byWeek = (await _client.GetJsonAsync("/stats/events?bucket=week")).GetProperty("items").EnumerateArray().ToList();

        byDefault.GetRawText().Should().Be(byMonth.GetRawText());
        var total = byMonth.GetProperty("items").EnumerateArray().Sum(r => r.GetProperty("count").GetInt64());
        byDay.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(total);
        byWeek.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(total);
        byWeek.Should().OnlyContain(r => DateOnly.Parse(r.GetProperty("period").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .DayOfWeek == DayOfWeek.Monday);
    }

    [Fact]
    public async Task EventsTrackFilterKeepsOnlyThatTrack()
    {
        var sochi = await ScalarAsync("SELECT count(*) FROM events WHERE start_date IS NOT NULL AND track_slug = 'sochi'");

        var rows = (await _client.GetJsonAsync("/stats/events?track=sochi")).GetProperty("items").EnumerateArray().ToList();

        rows.Should().OnlyContain(r => r.GetProperty("track").GetString() == "sochi");
        rows.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(sochi).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task StatsCsvHasAHeaderAndOneRowPerGroup()
    {
        var json = (await _client.GetJsonAsync("/stats/stances?groupBy=kind")).GetProperty("items").GetArrayLength();

        var stances = await _client.GetAsync("/stats/stances.csv?groupBy=kind", TestContext.Current.CancellationToken);
        var events = await _client.GetAsync("/stats/events.csv", TestContext.Current.CancellationToken);

        var stanceRecords = Csv.Records(await stances.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        stanceRecords[0].Should().Equal("key", "label", "count", "for", "against", "neutral", "mixed");
        stanceRecords.Should().HaveCount(json + 1);
        var eventRecords = Csv.Records(await events.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        eventRecords[0].Should().Equal("period", "track", "count");
        eventRecords.Should().HaveCountGreaterThan(1);
    }

    private async Task<Dictionary<string, long>> ApiCountsAsync(string url) =>
        (await _client.GetJsonAsync(url)).GetProperty("items").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString() ?? "(none)", r => r.GetProperty("count").GetInt64());

    private async Task<Dictionary<string, long>> LiveCountsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var rows = await connection.QueryAsync<(string? Key, long Count)>(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken));
        return rows.ToDictionary(r => r.Key ?? "(none)", r => r.Count);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken));
    }
}
