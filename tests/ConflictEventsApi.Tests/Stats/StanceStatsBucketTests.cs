using System.Globalization;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Stats;

public sealed class StanceStatsBucketTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("polarity", "s.polarity::text")]
    [InlineData("kind", "s.kind")]
    [InlineData("actor", "s.actor_id")]
    [InlineData("track", "g.track")]
    public async Task MonthlyCountsOfEachGroupSumToItsUnbucketedCountLessUndatedStances(string groupBy, string liveKey)
    {
        // Stances without a stated date form no period (none once every stance is dated).
        var undated = await LiveKeyCountsAsync($"""
            SELECT {liveKey}, count(DISTINCT s.id) FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
            LEFT JOIN LATERAL unnest(ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[s.target_track_slug::text, e.track_slug::text]) AS x
                                          WHERE x IS NOT NULL)) AS g(track) ON TRUE
            WHERE s.stated_on IS NULL GROUP BY 1
            """);
        var totals = Counts(await _client.GetJsonAsync($"/stats/stances?groupBy={groupBy}"));

        var monthly = (await _client.GetJsonAsync($"/stats/stances?groupBy={groupBy}&bucket=month")).GetProperty("items").EnumerateArray().ToList();

        monthly.Should().NotBeEmpty().And.OnlyContain(r => r.GetProperty("period").GetString()!.EndsWith("-01", StringComparison.Ordinal));
        var summed = monthly.GroupBy(r => r.GetProperty("key").GetString() ?? "(none)")
            .ToDictionary(g => g.Key, g => g.Sum(r => r.GetProperty("count").GetInt64()));
        summed.Should().Equal(totals
            .Select(t => (t.Key, Count: t.Value - undated.GetValueOrDefault(t.Key)))
            .Where(t => t.Count > 0).ToDictionary(t => t.Key, t => t.Count));
        totals.Values.Sum().Should().BeGreaterThan(undated.Values.Sum());
    }

    [Fact]
    public async Task MonthlyTotalsWithoutGroupBySumToEveryDatedStance()
    {
        var dated = await ScalarAsync("SELECT count(*) FROM stances WHERE stated_on IS NOT NULL");

        var monthly = (await _client.GetJsonAsync("/stats/stances?bucket=month")).GetProperty("items").EnumerateArray().ToList();

        monthly.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(dated).And.BeGreaterThan(0);
        monthly.Should().OnlyContain(r => r.GetProperty("key").ValueKind == JsonValueKind.Null);
        monthly.Select(r => r.GetProperty("period").GetString()).Should().OnlyHaveUniqueItems();
    }

    // The rows per (period, key), against stances counted live; whole months come from the monthly
    // tallies and the days at either end of a range from the daily ones.
    [Theory]
    [InlineData("month", "kind", "", "")]
    [InlineData("month", "polarity", "2017-11-20", "2018-01-29")]
    [InlineData("month", "", "2017-12-15", "")]
    [InlineData("week", "polarity", "", "")]
    [InlineData("week", "kind", "2017-12-02", "2017-12-30")]
    [InlineData("day", "", "", "2018-01-15")]
    [InlineData("day", "kind", "", "")]
    public async Task EveryPeriodAndGroupCountsExactlyTheStancesStatedInIt(string bucket, string groupBy, string from, string to)
    {
        var keyColumn = groupBy switch { "kind" => "s.kind", "polarity" => "s.polarity::text", _ => "NULL::text" };
        var expected = await LiveCountsAsync($"""
            SELECT date_trunc('{bucket}', s.stated_on::timestamp)::date, {keyColumn}, count(*) FROM stances s
            WHERE s.stated_on IS NOT NULL
              AND (NULLIF('{from}', '')::date IS NULL OR s.stated_on >= NULLIF('{from}', '')::date)
              AND (NULLIF('{to}', '')::date IS NULL OR s.stated_on <= NULLIF('{to}', '')::date)
            GROUP BY 1, 2
            """);
        var url = $"/stats/stances?bucket={bucket}" + (groupBy == "" ? "" : $"&groupBy={groupBy}")
            + (from == "" ? "" : $"&from={from}") + (to == "" ? "" : $"&to={to}");

        var rows = (await _client.GetJsonAsync(url)).GetProperty("items").EnumerateArray().ToList();

        expected.Should().NotBeEmpty();
        rows.ToDictionary(r => (DateOnly.Parse(r.GetProperty("period").GetString()!, CultureInfo.InvariantCulture), r.GetProperty("key").GetString()),
                r => r.GetProperty("count").GetInt64())
            .Should().Equal(expected);
        rows.Select(r => r.GetProperty("period").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        if (groupBy == "") rows.Should().OnlyContain(r => r.GetProperty("label").GetString() == "all stances");
        if (bucket == "week")
            rows.Should().OnlyContain(r => DateOnly.Parse(r.GetProperty("period").GetString()!, CultureInfo.InvariantCulture).DayOfWeek == DayOfWeek.Monday);
    }

    [Fact]
    public async Task WithoutBucketTheRowsHaveNoPeriodAsBefore()
    {
        var rows = (await _client.GetJsonAsync("/stats/stances?groupBy=kind")).GetProperty("items").EnumerateArray().ToList();

        rows.Should().NotBeEmpty();
        rows.Where(r => r.TryGetProperty("period", out _)).Should().BeEmpty();
    }

    [Fact]
    public async Task BucketedStanceCsvHasThePeriodFirst()
    {
        var json = (await _client.GetJsonAsync("/stats/stances?bucket=month&groupBy=polarity")).GetProperty("items").EnumerateArray().ToList();

        var csv = Csv.Records(await _client.GetStringAsync("/stats/stances.csv?bucket=month&groupBy=polarity", TestContext.Current.CancellationToken));

        csv[0].Should().Equal("period", "key", "label", "count", "for", "against", "neutral", "mixed");
        csv.Skip(1).Select(r => (r[0], r[1], r[3])).Should().Equal(json.Select(r => (r.GetProperty("period").GetString()!,
            r.GetProperty("key").GetString()!, r.GetProperty("count").GetInt64().ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("/stats/stances?bucket=year", "bucket")]
    [InlineData("/stats/stances?bucket=month&period=2017-12", "period")]
    [InlineData("/stats/stances?bucket=month&from=2018-01-01&to=2017-12-01", "to")]
    public async Task AnInvalidOrUnknownParameterIsA400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        await response.ShouldBeQueryProblemNamingAsync(parameter);
    }

    private async Task<Dictionary<string, long>> LiveKeyCountsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var rows = await connection.QueryAsync<(string? Key, long Count)>(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken));
        return rows.ToDictionary(r => r.Key ?? "(none)", r => r.Count);
    }

    private static Dictionary<string, long> Counts(JsonElement page) => page.GetProperty("items").EnumerateArray()
        .ToDictionary(r => r.GetProperty("key").GetString() ?? "(none)", r => r.GetProperty("count").GetInt64());

    private async Task<Dictionary<(DateOnly, string?), long>> LiveCountsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var rows = await connection.QueryAsync<(DateOnly Period, string? Key, long Count)>(
            new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken));
        return rows.ToDictionary(r => (r.Period, r.Key), r => r.Count);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken));
    }
}
