using ConflictEventsApi.Data;
using Dapper;
using DbUp.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictEventsApi.Tests.Stats;

/// <summary>
/// GET /stats/stances sums stance_tallies and stance_tallies_by_month, which the migrator refreshes
/// inside every script's transaction. These tests hold the summaries to the stances they summarise.
/// </summary>
public sealed class StanceTalliesTests(PostgresServer server)
{
    // The view's own definition, computed now from the stances: what the tallies must equal.
    private const string FreshTallies = """
        SELECT ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[s.target_track_slug::text, e.track_slug::text]) AS x
                     WHERE x IS NOT NULL ORDER BY x) AS tracks,
               s.actor_id, s.kind, s.polarity, s.stated_on, s.target_type, count(*)::integer AS stances
        FROM stances s LEFT JOIN events e ON e.id = s.target_event_id
        GROUP BY 1, 2, 3, 4, 5, 6
        """;

    private const string Differences = $"""
        SELECT (SELECT count(*) FROM (TABLE stance_tallies EXCEPT {FreshTallies}) AS stale)
             + (SELECT count(*) FROM ({FreshTallies} EXCEPT TABLE stance_tallies) AS missing)
        """;

    [Fact]
    public async Task AfterEveryMigrationTheTalliesEqualAFreshCountOfTheStances()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(database));

        var tallied = await connection.ExecuteScalarAsync<long>("SELECT sum(stances) FROM stance_tallies");
        var talliedByMonth = await connection.ExecuteScalarAsync<long>("SELECT sum(stances) FROM stance_tallies_by_month");
        var stances = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM stances");

        tallied.Should().Be(stances).And.BeGreaterThan(0);
        talliedByMonth.Should().Be(stances);
        (await connection.ExecuteScalarAsync<long>(Differences)).Should().Be(0);
    }

    [Fact]
    public async Task AStanceAddedByALaterMigrationIsCountedOnceThatMigrationCommits()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        var owner = server.OwnerConnectionString(database);
        await using var api = new UncachedApiFactory(server, database);
        await api.InitializeAsync();
        var client = api.CreateClient();
        var before = await SochiStancesAsync(client);

        // A later article, as a migration would add it: one more stance against the Sochi track.
        var article = new SqlScript(TestMigrations.Next("adds_a_stance"), """
            INSERT INTO stances (id, actor_id, kind, polarity, target_track_slug, stated_on, stated_precision, summary)
            SELECT 'test-stance-against-sochi', id, 'rejects', -1, 'sochi', DATE '2018-01-30', 'day', 'Added by a test migration.'
            FROM actors ORDER BY id LIMIT 1;
            INSERT INTO citations (source_id, start_offset, quote, stance_id)
            SELECT source_id, start_offset, quote, 'test-stance-against-sochi' FROM citations ORDER BY id LIMIT 1;
            """);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(owner, DatabaseMigrator.Scripts().Append(article), TestContext.Current.CancellationToken);

        await using var connection = new NpgsqlConnection(owner);
        (await connection.ExecuteScalarAsync<long>(Differences)).Should().Be(0);
        (await SochiStancesAsync(client)).Should().Be(before + 1);
    }

    [Fact]
    public async Task AScriptThatSaysItChangesNoRowsSkipsTheRefresh()
    {
        // An index migration at 10M events would otherwise recompute every view (half an hour). The
        // marker is a promise: this script breaks it on purpose, so the skipped refresh shows.
        var database = await server.CreateMigratedDatabaseAsync();
        var owner = server.OwnerConnectionString(database);
        var script = new SqlScript(TestMigrations.Next("says_no_rows_change"), $"""
            {RefreshDerivedData.NoDataChangedMarker}
            INSERT INTO stances (id, actor_id, kind, polarity, target_track_slug, stated_on, stated_precision, summary)
            SELECT 'test-stance-not-refreshed', id, 'rejects', -1, 'sochi', DATE '2018-01-30', 'day', 'Added by a test migration.'
            FROM actors ORDER BY id LIMIT 1;
            INSERT INTO citations (source_id, start_offset, quote, stance_id)
            SELECT source_id, start_offset, quote, 'test-stance-not-refreshed' FROM citations ORDER BY id LIMIT 1;
            """);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(owner, DatabaseMigrator.Scripts().Append(script), TestContext.Current.CancellationToken);

        await using var connection = new NpgsqlConnection(owner);
        (await connection.ExecuteScalarAsync<long>(Differences)).Should().Be(1, "the tallies were not refreshed");
    }

    private static async Task<long> SochiStancesAsync(HttpClient client)
    {
        var page = await client.GetJsonAsync("/stats/stances?groupBy=track&track=sochi");
        return page.GetProperty("items").EnumerateArray().Single().GetProperty("count").GetInt64();
    }

    /// <summary>The API over the test's database, with the output cache off: every request reads the database.</summary>
    private sealed class UncachedApiFactory(PostgresServer server, string database) : ApiFactory(server)
    {
        protected override Task<string> CreateDatabaseAsync() => Task.FromResult(database);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Caching:OutputCache", "false");
        }
    }
}
