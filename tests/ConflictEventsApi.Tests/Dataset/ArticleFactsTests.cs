using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Dataset;

/// <summary>
/// Central facts of each article, as an analyst would check them against the text: who said
/// what, about which event, on which date, and with which words.
/// </summary>
public sealed class ArticleFactsTests(PostgresServer server) : IAsyncLifetime
{
    private string _database = "";

    public async ValueTask InitializeAsync() => _database = await server.CreateMigratedDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record StanceRow
    {
        public required string ActorId { get; init; }
        public required string Kind { get; init; }
        public required short Polarity { get; init; }
        public string? SpeakerId { get; init; }
        public string? TargetEventId { get; init; }
        public string? TargetTrackSlug { get; init; }
        public string? TargetActorId { get; init; }
        public DateOnly? StatedOn { get; init; }
        public string? StatedAtEventId { get; init; }
    }

    private async Task<StanceRow> StanceAsync(string id)
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        return await connection.QuerySingleAsync<StanceRow>(
            """
            SELECT actor_id, kind, polarity, speaker_id, target_event_id, target_track_slug, target_actor_id,
                   stated_on, stated_at_event_id
            FROM stances WHERE id = @id
            """, new { id });
    }

    private async Task<List<string>> QuotesAsync(string column, string id, string sourceId)
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        // column is one of the fixed names passed by the tests below.
        return (await connection.QueryAsync<string>(
            $"SELECT quote FROM citations WHERE {column} = @id AND source_id = @sourceId", new { id, sourceId })).ToList();
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException(sql);
    }

    // 002, The New Arab, 2 November 2017
    [Fact]
    public async Task TheNewArabReportsTheFirstPlanForNovember18AndTheOppositionsRefusals()
    {
        var firstPlan = await ScalarAsync<DateTime>(
            "SELECT announced_on FROM event_schedules WHERE event_id = 'congress-of-syrian-national-dialogue' AND start_date = DATE '2017-11-18'");
        var hnc = await StanceAsync("hnc-rejects-sochi-congress");
        var coalition = await StanceAsync("coalition-boycotts-sochi-congress");
        var government = await StanceAsync("syrian-government-ready-to-attend-sochi-2017-11");

        DateOnly.FromDateTime(firstPlan).Should().Be(new DateOnly(2017, 10, 31));
        hnc.Should().Match<StanceRow>(s => s.ActorId == "syrian-negotiation-commission" && s.SpeakerId == "yehya-al-aridi"
            && s.Kind == "rejects" && s.Polarity == -1 && s.TargetEventId == "congress-of-syrian-national-dialogue");
        coalition.Should().Match<StanceRow>(s => s.ActorId == "syrian-national-coalition" && s.SpeakerId == "ahmed-ramadan" && s.Kind == "boycotts");
        government.Should().Match<StanceRow>(s => s.SpeakerId == "bashar-al-jaafari" && s.Kind == "will-attend" && s.Polarity == 1);
        (await QuotesAsync("stance_id", "syrian-government-ready-to-attend-sochi-2017-11", "new-arab-2017-11-02-opposition-rejects-sochi-joke"))
            .Should().Contain(quote => quote.Contains("of course is ready to participate"));
    }

    // 000, The National, 25 December 2017
    [Fact]
    public async Task TheNationalReportsTheJanuaryDatesAndTheUnsConditionalView()
    {
        var (start, end) = await ScalarTupleAsync(
            "SELECT start_date, end_date FROM events WHERE id = 'congress-of-syrian-national-dialogue'");
        var un = await StanceAsync("un-conditional-on-sochi-congress");
        var undecided = await StanceAsync("some-rebels-undecided-on-sochi-congress");
        var turkey = await StanceAsync("turkey-supports-sochi-congress");

        (start, end).Should().Be((new DateOnly(2018, 1, 29), new DateOnly(2018, 1, 30)));
        un.Should().Match<StanceRow>(s => s.ActorId == "united-nations" && s.SpeakerId == "staffan-de-mistura"
            && s.Kind == "conditional" && s.Polarity == 0
            && s.TargetEventId == "congress-of-syrian-national-dialogue" && s.TargetTrackSlug == null,
            "de Mistura judges the congress; Geneva is his yardstick (the condition), not a second target");
        undecided.Should().Match<StanceRow>(s => s.Kind == "undecided" && s.Polarity == 0);
        turkey.Should().Match<StanceRow>(s => s.StatedOn == new DateOnly(2017, 12, 22) && s.StatedAtEventId == "astana-round-2017-12");
        (await QuotesAsync("stance_id", "some-rebels-undecided-on-sochi-congress", "the-national-2017-12-25-rebel-groups-reject-sochi"))
            .Should().Contain("Some rebels said they had not yet made up their minds.");
    }

    // 001, RFE/RL, 26 December 2017
    [Fact]
    public async Task RferlKeepsTheDeathTollsApartAndReportsTheKurdishDispute()
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        var tolls = (await connection.QueryAsync<(string SourceId, string ValueText, decimal? ValueNumeric)>(
            "SELECT source_id, value_text, value_numeric FROM claims WHERE topic_slug = 'syria-war-death-toll'")).ToList();
        var pydRole = await ScalarAsync<string>(
            "SELECT role FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND actor_id = 'pyd'");
        var turkey = await StanceAsync("turkey-opposes-pyd-participation");
        var assad = await StanceAsync("forty-rebel-groups-demand-assad-step-down");

        tolls.Select(t => t.ValueNumeric).Should().Contain([400000m, 330000m]).And.Contain((decimal?)null);
        tolls.Select(t => t.SourceId).Should().OnlyHaveUniqueItems("each source's figure is its own claim");
        pydRole.Should().Be("not-invited");
        turkey.Should().Match<StanceRow>(s => s.ActorId == "turkey" && s.Polarity == -1 && s.TargetActorId == "pyd");
        assad.Should().Match<StanceRow>(s => s.Kind == "demands-leadership-change" && s.TargetActorId == "bashar-al-assad");
        var rferlToll = await ScalarAsync<string>(
            "SELECT id FROM claims WHERE topic_slug = 'syria-war-death-toll' AND source_id = 'rferl-2017-12-26-rebel-groups-reject-peace-talks'");
        (await QuotesAsync("claim_id", rferlToll, "rferl-2017-12-26-rebel-groups-reject-peace-talks"))
            .Should().Contain(quote => quote.Contains("More than 330,000 people have been killed"));
    }

    // 003, VOA, 27 December 2017
    [Fact]
    public async Task VoaReportsLavrovsDefenceAndTheWarsLengthStatedDifferently()
    {
        var lavrov = await StanceAsync("russia-defends-sochi-congress");
        var meeting = await ScalarTupleAsync("SELECT start_date, end_date FROM events WHERE id = 'lavrov-de-mistura-meeting-2017-11-24'");
        var durations = (await ScalarListAsync<string>("SELECT value_text FROM claims WHERE topic_slug = 'syria-war-duration'")).ToList();
        var ypgSources = await ScalarAsync<long>(
            """
            SELECT count(DISTINCT c.source_id) FROM citations c JOIN actor_affiliations f ON f.id = c.affiliation_id
            WHERE f.actor_id = 'ypg' AND f.parent_id = 'pyd' AND f.relation = 'armed-wing-of'
            """);

        lavrov.Should().Match<StanceRow>(s => s.SpeakerId == "sergei-lavrov" && s.Kind == "defends"
            && s.StatedOn == new DateOnly(2017, 12, 27) && s.StatedAtEventId == "lavrov-comments-on-sochi");
        meeting.Start.Should().Be(new DateOnly(2017, 11, 24));
        durations.Should().HaveCountGreaterThanOrEqualTo(4, "six-year, seventh year, seven-year and over seven years are all kept");
        ypgSources.Should().Be(2, "the YPG as the PYD's armed wing is reported by 001 and 003, each cited");
    }

    // 004, RFE/RL, 29 January 2018
    [Fact]
    public async Task RferlReportsWhoStayedAwayFromTheCongressAndHow()
    {
        var snc = (await ScalarListAsync<string>("SELECT actor_id FROM actor_aliases WHERE alias = 'SNC' ORDER BY actor_id")).ToList();
        var us = await StanceAsync("us-embassy-respects-snc-decision");
        var peskov = await StanceAsync("kremlin-dismisses-opposition-boycott");
        var declined = (await ScalarListAsync<string>(
            "SELECT actor_id FROM event_participants WHERE event_id = 'congress-of-syrian-national-dialogue' AND role = 'declined' ORDER BY actor_id")).ToList();
        var delegates = await ScalarAsync<decimal>("SELECT value_numeric FROM claims WHERE id = 'rferl-2018-01-29-sochi-invitees'");

        snc.Should().Equal("syrian-national-coalition", "syrian-national-council", "syrian-negotiation-commission");
        us.Should().Match<StanceRow>(s => s.Kind == "respects-decision" && s.Polarity == 0 && s.SpeakerId == "maria-olson"
            && s.TargetActorId == "syrian-negotiation-commission");
        peskov.Should().Match<StanceRow>(s => s.SpeakerId == "dmitry-peskov" && s.StatedOn == new DateOnly(2018, 1, 29));
        declined.Should().Contain(["france", "united-states"]);
        delegates.Should().Be(1600m);
    }

    [Fact]
    public async Task TheCongressDatesChangedAndBothPlansAreKeptWithTheirSources()
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        var plans = (await connection.QueryAsync<(DateOnly Start, string Sources)>(
            """
            SELECT s.start_date, string_agg(DISTINCT c.source_id, ',' ORDER BY c.source_id)
            FROM event_schedules s JOIN citations c ON c.schedule_id = s.id
            WHERE s.event_id = 'congress-of-syrian-national-dialogue'
            GROUP BY s.id, s.start_date ORDER BY s.start_date
            """)).ToList();

        plans.Select(p => p.Start).Should().Equal(new DateOnly(2017, 11, 18), new DateOnly(2018, 1, 29));
        plans[0].Sources.Should().Contain("new-arab-2017-11-02-opposition-rejects-sochi-joke");
        plans[1].Sources.Split(',').Should().HaveCountGreaterThan(1, "several articles report the January dates");
    }

    private async Task<(DateOnly Start, DateOnly? End)> ScalarTupleAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        return await connection.QuerySingleAsync<(DateOnly, DateOnly?)>(sql);
    }

    private async Task<IEnumerable<T>> ScalarListAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        return await connection.QueryAsync<T>(sql);
    }
}
