using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Tracks;

public sealed class TrackDetailTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task SochiSummaryCountsItsEventsAndTheRebelsWhoRejectedIt()
    {
        var detail = await _client.GetJsonAsync("/tracks/sochi");

        var track = detail.GetProperty("track");
        track.GetProperty("id").GetString().Should().Be("sochi");
        track.GetProperty("nameVariants").EnumerateArray().Select(v => v.GetString()).Should().Contain("Congress of Syrian National Dialogue");
        var summary = detail.GetProperty("summary");
        summary.GetProperty("eventCount").GetInt64().Should().BeGreaterThan(0);
        summary.GetProperty("positions").GetProperty("against").GetInt64().Should().BeGreaterThanOrEqualTo(1, "rebel groups rejected Sochi");
        summary.GetProperty("stancesByKind").EnumerateArray().Should().Contain(k =>
            k.GetProperty("kind").GetString() == "rejects" && k.GetProperty("stances").GetInt64() >= 1);
    }

    [Fact]
    public async Task SochiSummaryMatchesTheDatabase()
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var (events, first, last) = await connection.QuerySingleAsync<(long, DateTime, DateTime)>(new CommandDefinition("""
            SELECT count(*), min(start_date)::timestamp, max(coalesce(end_date, start_date))::timestamp
            FROM events WHERE track_slug = 'sochi'
            """, cancellationToken: TestContext.Current.CancellationToken));
        var byKind = (await connection.QueryAsync<(string, long)>(new CommandDefinition("""
            SELECT s.kind, count(*) FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
            WHERE s.target_track_slug = 'sochi' OR e.track_slug = 'sochi' GROUP BY s.kind ORDER BY s.kind
            """, cancellationToken: TestContext.Current.CancellationToken))).ToList();

        var summary = (await _client.GetJsonAsync("/tracks/sochi")).GetProperty("summary");

        summary.GetProperty("eventCount").GetInt64().Should().Be(events);
        summary.GetProperty("firstDate").GetString().Should().Be(first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        summary.GetProperty("lastDate").GetString().Should().Be(last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        summary.GetProperty("stancesByKind").EnumerateArray()
            .Select(k => (k.GetProperty("kind").GetString()!, k.GetProperty("stances").GetInt64())).Should().Equal(byKind);
    }

    [Fact]
    public async Task AnUnknownTrackIsA404Problem()
    {
        var response = await _client.GetAsync("/tracks/no-such-track", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("no-such-track");
    }

    [Theory]
    [InlineData("/tracks?limit=5", "limit")]
    [InlineData("/tracks/sochi?include=events", "include")]
    public async Task TracksRejectUnknownQueryParameters(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(parameter, out _).Should().BeTrue();
    }
}
