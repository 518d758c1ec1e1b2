using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Dataset;

/// <summary>
/// The stance rules (docs/curation.md and the constraints of 0300_stance_targets_and_dates.sql) held against the real data:
/// one target per stance, every stance dated, one date per real-world statement, and the
/// positions toward the Sochi congress that follow from what the articles say.
/// </summary>
public sealed class StanceRulesTests(PostgresServer server) : IAsyncLifetime
{
    private const string Congress = "congress-of-syrian-national-dialogue";

    private string _database = "";

    public async ValueTask InitializeAsync() => _database = await server.CreateMigratedDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        return (await connection.QueryAsync<T>(sql, parameters)).AsList();
    }

    [Fact]
    public async Task EveryStanceHasADateAndAPrecision()
    {
        var undated = await QueryAsync<string>("SELECT id FROM stances WHERE stated_on IS NULL OR stated_precision IS NULL ORDER BY id");

        undated.Should().BeEmpty("a stance is dated as stated, else by the earliest article that reports it");
    }

    [Fact]
    public async Task EveryStanceNotDatedToTheDaySaysHowItsDateWasChosen()
    {
        var unexplained = await QueryAsync<string>(
            "SELECT id FROM stances WHERE stated_precision <> 'day' AND coalesce(btrim(date_basis), '') = '' ORDER BY id");

        unexplained.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryStanceHasExactlyOneOfTheFourTargetShapes()
    {
        // event; track; actor; participation (an actor's participation in an event).
        var misshapen = await QueryAsync<string>(
            """
            SELECT id FROM stances
            WHERE NOT ((target_event_id IS NOT NULL AND target_track_slug IS NULL)
                       OR (target_track_slug IS NOT NULL AND target_event_id IS NULL AND target_actor_id IS NULL)
                       OR (target_actor_id IS NOT NULL AND target_event_id IS NULL AND target_track_slug IS NULL))
            ORDER BY id
            """);

        misshapen.Should().BeEmpty();
    }

    [Fact]
    public async Task NoStanceTowardAnEventAlsoNamesATrack()
    {
        var both = await QueryAsync<string>(
            "SELECT id FROM stances WHERE target_event_id IS NOT NULL AND target_track_slug IS NOT NULL ORDER BY id");

        both.Should().BeEmpty("a stance toward an event counts in that event's track only");
    }

    [Fact]
    public async Task NoActorWhoHostsOrBacksTheCongressHasAStanceAgainstIt()
    {
        // The hosts and backers, and every organ, spokesperson, leader or official that rolls up to them.
        var against = await QueryAsync<string>(
            """
            WITH RECURSIVE organ(actor_id, whole_id) AS (
                SELECT id, id FROM actors
                 WHERE id IN ('russia', 'kremlin', 'turkey', 'iran', 'syrian-government')
                UNION
                SELECT f.actor_id, o.whole_id FROM actor_affiliations f JOIN organ o ON f.parent_id = o.actor_id
                 WHERE f.relation IN ('part-of', 'spokesperson-for', 'leader-of', 'official-of'))
            SELECT s.id FROM stances s JOIN organ o ON o.actor_id = s.actor_id
            WHERE s.target_type = 'event' AND s.target_event_id = @Congress AND s.polarity = -1
            ORDER BY s.id
            """, new { Congress });

        against.Should().BeEmpty("dismissing the opposition's boycott or opposing the PYD's invitation says nothing against the congress");
    }

    [Fact]
    public async Task TheLatestStancesTowardTheCongressGiveTheReportedPositions()
    {
        var positions = (await QueryAsync<(string ActorId, string Position)>(CongressPositions, new { Congress }))
            .ToDictionary(p => p.ActorId, p => p.Position);

        positions.Should().Contain(new Dictionary<string, string>
        {
            ["russia"] = "for", ["turkey"] = "for", ["iran"] = "for", ["syrian-government"] = "for",
            ["forty-rebel-groups"] = "against", ["syrian-negotiation-commission"] = "against",
            ["united-states"] = "against", ["france"] = "against",
        });
        positions.GetValueOrDefault("kremlin", "none").Should().BeOneOf(["for", "none"], "the Kremlin hosts the congress");
    }

    [Fact]
    public async Task TheDecemberRebelStatementHasOneDateOnAllItsStances()
    {
        var dates = await QueryAsync<(DateOnly StatedOn, string Precision)>(
            """
            SELECT DISTINCT stated_on, stated_precision FROM stances
            WHERE stated_at_event_id = 'rebel-statement-rejecting-sochi'
            """);
        var stances = await QueryAsync<string>("SELECT id FROM stances WHERE stated_at_event_id = 'rebel-statement-rejecting-sochi'");

        stances.Should().HaveCountGreaterThan(5);
        dates.Should().Equal([(new DateOnly(2017, 12, 25), "approximate")],
            "000 dates it Monday 25 December, 001 and 003 the 26th; the dispute is kept as claims and every stance uses the earliest");
    }

    /// <summary>
    /// An actor's position toward the congress, rolled up along organ relations: its stances (and
    /// its organs') whose target is the congress itself; the latest date decides, and stances
    /// that disagree on that date make it mixed.
    /// </summary>
    internal const string CongressPositions =
        """
        WITH RECURSIVE organ(actor_id, whole_id) AS (
            SELECT id, id FROM actors
            UNION
            SELECT o.actor_id, f.parent_id FROM organ o JOIN actor_affiliations f ON f.actor_id = o.whole_id
             WHERE f.relation IN ('part-of', 'spokesperson-for', 'leader-of', 'official-of')),
        toward AS (
            SELECT o.whole_id, s.stated_on, s.polarity FROM stances s JOIN organ o ON o.actor_id = s.actor_id
            WHERE s.target_type = 'event' AND s.target_event_id = @Congress),
        latest AS (
            SELECT whole_id, array_agg(DISTINCT polarity) AS polarities FROM toward t
            WHERE stated_on = (SELECT max(stated_on) FROM toward u WHERE u.whole_id = t.whole_id)
            GROUP BY whole_id)
        SELECT whole_id AS actor_id,
               CASE WHEN cardinality(polarities) > 1 THEN 'mixed'
                    WHEN polarities[1] = 1 THEN 'for' WHEN polarities[1] = -1 THEN 'against' ELSE 'neutral' END AS position
        FROM latest ORDER BY whole_id
        """;
}
