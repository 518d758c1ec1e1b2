using ConflictEventsApi.Data;
using Dapper;
using DbUp.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictEventsApi.Tests.Data;

public sealed class MigrationTests(PostgresServer server)
{
    private static DatabaseMigrator Migrator => new(NullLogger<DatabaseMigrator>.Instance);

    [Fact]
    public async Task MigratedDatabaseJournalsEveryScriptOnceInOrder()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(database));

        var journal = (await connection.QueryAsync<string>("SELECT scriptname FROM schemaversions ORDER BY schemaversionsid")).ToList();

        journal.Should().Equal(DatabaseMigrator.ScriptNames);
        journal.Should().StartWith(["0001_schema.sql"]);
    }

    [Fact]
    public async Task MigratingAgainAppliesNothing()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        await Migrator.MigrateAsync(server.OwnerConnectionString(database), TestContext.Current.CancellationToken);

        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(database));
        var applied = await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schemaversions");
        var tracks = await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM tracks");

        applied.Should().Be(DatabaseMigrator.ScriptNames.Count);
        tracks.Should().Be(3);
    }

    [Fact]
    public async Task TwoMigratorsStartingTogetherOnAnEmptyDatabaseApplyEachScriptOnce()
    {
        var database = await server.CreateEmptyDatabaseAsync();
        var owner = server.OwnerConnectionString(database);

        await Task.WhenAll(
            Task.Run(() => Migrator.MigrateAsync(owner, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken),
            Task.Run(() => Migrator.MigrateAsync(owner, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));

        await using var connection = new NpgsqlConnection(owner);
        var perScript = await connection.QueryAsync<int>("SELECT count(*) FROM schemaversions GROUP BY scriptname");
        perScript.Should().HaveCount(DatabaseMigrator.ScriptNames.Count).And.OnlyContain(count => count == 1);
    }

    [Fact]
    public async Task TwoAppInstancesStartingTogetherOnAnEmptyDatabaseBothServeWithTheSchemaAppliedOnce()
    {
        var database = await server.CreateEmptyDatabaseAsync();
        await using var first = new MigratingApiFactory(server, database);
        await using var second = new MigratingApiFactory(server, database);
        await first.InitializeAsync();
        await second.InitializeAsync();

        var clients = await Task.WhenAll(
            Task.Run(first.CreateClient, TestContext.Current.CancellationToken),
            Task.Run(second.CreateClient, TestContext.Current.CancellationToken));

        foreach (var client in clients)
            (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(database));
        var perScript = await connection.QueryAsync<int>("SELECT count(*) FROM schemaversions GROUP BY scriptname");
        perScript.Should().HaveCount(DatabaseMigrator.ScriptNames.Count).And.OnlyContain(count => count == 1);
    }

    [Fact]
    public async Task AFailingScriptIsNamedAndLeavesNothingOfItselfBehind()
    {
        var database = await server.CreateEmptyDatabaseAsync();
        var owner = server.OwnerConnectionString(database);
        // A table the schema script creates halfway through makes that script fail there.
        await using (var setup = new NpgsqlConnection(owner))
            await setup.ExecuteAsync("CREATE TABLE tracks (slug text)");

        var migrate = () => Migrator.MigrateAsync(owner, TestContext.Current.CancellationToken);

        var failure = await migrate.Should().ThrowAsync<MigrationFailedException>();
        failure.Which.Script.Should().Be("0001_schema.sql");
        await using var connection = new NpgsqlConnection(owner);
        var actorKindsExists = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('actor_kinds') IS NOT NULL");
        var pending = await DatabaseMigrator.PendingScriptsAsync(connection, TestContext.Current.CancellationToken);
        actorKindsExists.Should().BeFalse("the failed script's earlier statements are rolled back");
        pending.Should().Equal(DatabaseMigrator.ScriptNames);
    }

    [Fact]
    public async Task AScriptSortingBeforeTheLastAppliedIsRefusedWithItsNameAndNothingIsApplied()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        var owner = server.OwnerConnectionString(database);
        var early = new SqlScript("0106_article_test_late.sql", "UPDATE events SET title = 'applied out of order';");
        var later = new SqlScript("1009_article_test_after.sql", "UPDATE events SET title = 'applied after the refusal';");

        var migrate = () => Migrator.MigrateAsync(owner,
            DatabaseMigrator.EmbeddedScripts().Append(early).Append(later), TestContext.Current.CancellationToken);

        var refusal = await migrate.Should().ThrowAsync<MigrationOrderException>();
        refusal.Which.Message.Should().StartWith(
            $"Migration 0106_article_test_late.sql sorts before {DatabaseMigrator.ScriptNames[^1]}, the last migration applied to this database")
            .And.Contain("Rename it so it sorts after every existing migration");
        await using var connection = new NpgsqlConnection(owner);
        var journal = await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schemaversions");
        var changed = await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM events WHERE title LIKE 'applied %'");
        journal.Should().Be(DatabaseMigrator.ScriptNames.Count);
        changed.Should().Be(0, "no pending script runs when one of them is refused");
    }
}
