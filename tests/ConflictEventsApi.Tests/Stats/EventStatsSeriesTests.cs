using System.Globalization;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Stats;

public sealed class EventStatsSeriesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task AMonthWithoutEventsIsListedWithZeroBetweenFromAndTo()
    {
        var expected = await LiveSeriesAsync("""
            SELECT p::date, count(e.id) FROM generate_series(DATE '2017-09-01', DATE '2018-04-01', interval '1 month') p
            LEFT JOIN events e ON e.track_slug = 'sochi' AND date_trunc('month', e.start_date) = p
                                 AND e.start_date BETWEEN DATE '2017-09-10' AND DATE '2018-04-20'
            GROUP BY 1
            """);

        var rows = (await _client.GetJsonAsync("/stats/events?bucket=month&track=sochi&from=2017-09-10&to=2018-04-20"))
            .GetProperty("items").EnumerateArray().ToList();

        expected.Values.Should().Contain(0).And.Contain(c => c > 0);
        rows.Should().OnlyContain(r => r.GetProperty("track").GetString() == "sochi");
        rows.ToDictionary(r => Date(r.GetProperty("period")), r => r.GetProperty("count").GetInt64()).Should().Equal(expected);
        rows.Select(r => r.GetProperty("period").GetString()).Should().Equal(expected.Keys.Order().Select(Iso));
    }

    [Fact]
    public async Task WithoutFromAndToEveryPeriodFromTheFirstToTheLastEventAppearsForEveryTrack()
    {
        var (first, last, dated) = await QuerySingleAsync<(DateOnly, DateOnly, long)>(
            "SELECT min(start_date), max(start_date), count(*) FROM events WHERE start_date IS NOT NULL");
        var tracks = await QueryAsync<string?>("""
            SELECT slug::text FROM tracks
            UNION ALL SELECT NULL WHERE EXISTS (SELECT 1 FROM events WHERE track_slug IS NULL AND start_date IS NOT NULL)
            """);

        var rows = (await _client.GetJsonAsync("/stats/events?bucket=week")).GetProperty("items").EnumerateArray().ToList();

        var periods = rows.Select(r => Date(r.GetProperty("period"))).Distinct().ToList();
        periods[0].Should().Be(first.AddDays(-(((int)first.DayOfWeek + 6) % 7)));
        periods[^1].Should().BeOnOrBefore(last).And.BeAfter(last.AddDays(-7));
        periods.Zip(periods.Skip(1)).Should().OnlyContain(pair => pair.Second.DayNumber - pair.First.DayNumber == 7);
        rows.Should().HaveCount(periods.Count * tracks.Count);
        foreach (var period in rows.GroupBy(r => r.GetProperty("period").GetString()))
            period.Select(r => r.GetProperty("track").GetString()).Should().BeEquivalentTo(tracks);
        rows.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(dated);
        rows.Should().Contain(r => r.GetProperty("count").GetInt64() == 0);
    }

    [Fact]
    public async Task FromAndToCountOnlyEventsStartingBetweenThemSoEdgePeriodsArePartial()
    {
        var expected = await QuerySingleAsync<long>(
            "SELECT count(*) FROM events WHERE start_date BETWEEN DATE '2017-12-20' AND DATE '2017-12-31'");
        var wholeMonth = await QuerySingleAsync<long>(
            "SELECT count(*) FROM events WHERE start_date BETWEEN DATE '2017-12-01' AND DATE '2017-12-31'");

        var rows = (await _client.GetJsonAsync("/stats/events?from=2017-12-20&to=2017-12-31")).GetProperty("items").EnumerateArray().ToList();

        wholeMonth.Should().BeGreaterThan(expected);
        rows.Should().OnlyContain(r => r.GetProperty("period").GetString() == "2017-12-01");
        rows.Sum(r => r.GetProperty("count").GetInt64()).Should().Be(expected);
    }

    [Fact]
    public async Task DayBucketsAreZeroFilledToo()
    {
        var rows = (await _client.GetJsonAsync("/stats/events?bucket=day&track=sochi&from=2018-01-01&to=2018-01-31"))
            .GetProperty("items").EnumerateArray().ToList();

        rows.Select(r => r.GetProperty("period").GetString())
            .Should().Equal(Enumerable.Range(1, 31).Select(day => $"2018-01-{day:00}"));
        rows.Single(r => r.GetProperty("period").GetString() == "2018-01-29").GetProperty("count").GetInt64().Should().BeGreaterThan(0);
        rows.Should().Contain(r => r.GetProperty("count").GetInt64() == 0);
    }

    [Fact]
    public async Task FromAfterToIsA400NamingTo()
    {
        var response = await _client.GetAsync("/stats/events?from=2018-02-01&to=2018-01-01", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeQueryProblemNamingAsync("to");
        problem.GetProperty("errors").GetProperty("to")[0].GetString().Should().Contain("from");
    }

    [Fact]
    public async Task TooManyPeriodsIsA400NamingBucketWithTheLimit()
    {
        var tooMany = await _client.GetAsync("/stats/events?bucket=day&from=1800-01-01&to=2000-01-01", TestContext.Current.CancellationToken);
        var monthsAreFine = await _client.GetAsync("/stats/events?bucket=month&from=1800-01-01&to=2000-01-01", TestContext.Current.CancellationToken);

        var problem = await tooMany.ShouldBeQueryProblemNamingAsync("bucket");
        problem.GetProperty("errors").GetProperty("bucket")[0].GetString().Should().Contain("5000").And.Contain("73049");
        monthsAreFine.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/stats/events?from=2018-13-01", "from")]
    [InlineData("/stats/events?since=2018-01-01", "since")]
    public async Task AMalformedOrUnknownParameterIsA400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        await response.ShouldBeQueryProblemNamingAsync(parameter);
    }

    private static DateOnly Date(JsonElement value) => DateOnly.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Dictionary<DateOnly, long>> LiveSeriesAsync(string sql) =>
        (await QueryAsync<(DateOnly Period, long Count)>(sql)).ToDictionary(r => r.Period, r => r.Count);

    private async Task<T> QuerySingleAsync<T>(string sql) => (await QueryAsync<T>(sql)).Single();

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return (await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken))).AsList();
    }
}
