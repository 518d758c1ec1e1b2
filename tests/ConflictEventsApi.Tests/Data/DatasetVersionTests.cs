using ConflictEventsApi.Data;
using Dapper;
using DbUp.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictEventsApi.Tests.Data;

/// <summary>The dataset version identifies everything applied, not the name of the last script.</summary>
public sealed class DatasetVersionTests(PostgresServer server)
{
    // Sorts before 0200_…: on a fresh database it runs among the articles, as a sixth article would.
    private static readonly SqlScript SixthArticle = new("0106_article_test_sixth.sql",
        "UPDATE events SET title = title || ' (sixth article)' WHERE id = (SELECT min(id) FROM events);");

    // An existing database accepts only a script that sorts after everything applied to it.
    private static readonly SqlScript NextArticle = new("1009_article_test_next.sql",
        "UPDATE events SET title = title || ' (next article)' WHERE id = (SELECT min(id) FROM events);");

    private static DatabaseMigrator Migrator => new(NullLogger<DatabaseMigrator>.Instance);

    [Fact]
    public async Task TwoDatabasesMigratedFromTheSameScriptsShareTheVersion()
    {
        var copied = await server.CreateMigratedDatabaseAsync();
        var fresh = await server.CreateEmptyDatabaseAsync();
        await Migrator.MigrateAsync(server.OwnerConnectionString(fresh), TestContext.Current.CancellationToken);

        var version = await StoredVersionAsync(copied);

        version.Should().MatchRegex("^[0-9a-f]{16}$");
        (await StoredVersionAsync(fresh)).Should().Be(version);
    }

    [Fact]
    public async Task AnExtraScriptSortingBeforeTheLastGivesAnotherVersionAndOtherETags()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var plain = await server.CreateMigratedDatabaseAsync();
        var sixArticles = await server.CreateEmptyDatabaseAsync();
        await Migrator.MigrateAsync(server.OwnerConnectionString(sixArticles),
            DatabaseMigrator.EmbeddedScripts().Append(SixthArticle).OrderBy(script => script.Name, StringComparer.Ordinal),
            cancellationToken);
        await using var plainApi = new MigratingApiFactory(server, plain);
        await using var sixArticlesApi = new MigratingApiFactory(server, sixArticles);
        await plainApi.InitializeAsync();
        await sixArticlesApi.InitializeAsync();

        var before = await plainApi.CreateClient().GetAsync("/events?track=geneva", cancellationToken);
        var after = await sixArticlesApi.CreateClient().GetAsync("/events?track=geneva", cancellationToken);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/events?track=geneva");
        revalidate.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var revalidated = await sixArticlesApi.CreateClient().SendAsync(revalidate, cancellationToken);

        after.Headers.GetValues("X-Dataset-Version").Should().NotEqual(before.Headers.GetValues("X-Dataset-Version"));
        after.Headers.ETag.Should().NotBe(before.Headers.ETag);
        revalidated.StatusCode.Should().Be(HttpStatusCode.OK, "a client holding the five-article ETag must get the new data");
        (await StoredVersionAsync(sixArticles)).Should().NotBe(await StoredVersionAsync(plain));
    }

    [Fact]
    public async Task ApplyingAScriptToAnExistingDatabaseChangesTheVersion()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        var before = await StoredVersionAsync(database);

        await Migrator.MigrateAsync(server.OwnerConnectionString(database),
            DatabaseMigrator.EmbeddedScripts().Append(NextArticle), TestContext.Current.CancellationToken);

        (await StoredVersionAsync(database)).Should().NotBe(before).And.MatchRegex("^[0-9a-f]{16}$");
    }

    private async Task<string> StoredVersionAsync(string database)
    {
        // As the API reads it: through the read-only role.
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(database));
        return (await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT version FROM dataset_version", cancellationToken: TestContext.Current.CancellationToken)))!;
    }
}
