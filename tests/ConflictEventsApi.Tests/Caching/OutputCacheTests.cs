using ConflictEventsApi.Data;
using Dapper;
using DbUp.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace ConflictEventsApi.Tests.Caching;

/// <summary>The app with the output cache on and the dataset version re-read on every request.</summary>
public sealed class OutputCacheApiFactory(PostgresServer server) : ApiFactory(server)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:OutputCache", "true");
        builder.UseSetting("Caching:DatasetVersionLifetime", "00:00:00");
    }
}

public sealed class OutputCacheTests(OutputCacheApiFactory api) : IClassFixture<OutputCacheApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ARepeatedReadIsServedFromTheCacheUntilAMigrationChangesTheDatasetVersion()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = await FirstGenevaEventAsync(cancellationToken);
        await using var owner = new NpgsqlConnection(api.Postgres.OwnerConnectionString(api.DatabaseName));

        // Changed behind the app's back, with no migration: the cached page is still served,
        // which shows the second read never reached the database.
        await owner.ExecuteAsync(new CommandDefinition(
            "UPDATE events SET title = 'Changed without a migration' WHERE id = @id", new { id = first.Id },
            cancellationToken: cancellationToken));
        (await FirstGenevaEventAsync(cancellationToken)).Title.Should().Be(first.Title);

        // A migration changes the data: the version is derived from every script applied, so it
        // moves on and the next read is computed afresh. Its name sorts after the latest script,
        // as a new article must (a name sorting before it is refused).
        var versionBefore = (await _client.GetAsync("/events?track=geneva", cancellationToken)).Headers.GetValues("X-Dataset-Version").Single();
        var change = new SqlScript("1009_article_test_data_change.sql",
            $"UPDATE events SET title = 'Changed by a migration' WHERE id = '{first.Id}';");
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(
            api.Postgres.OwnerConnectionString(api.DatabaseName), DatabaseMigrator.EmbeddedScripts().Append(change), cancellationToken);
        var response = await _client.GetAsync("/events?track=geneva", cancellationToken);
        var after = await FirstEventAsync(response, cancellationToken);

        after.Title.Should().Be("Changed by a migration");
        response.Headers.GetValues("X-Dataset-Version").Single().Should().NotBe(versionBefore).And.MatchRegex("^[0-9a-f]{16}$");
    }

    [Fact]
    public async Task TheSameQueryInAnotherParameterOrderSharesTheCachedResponse()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var one = await _client.GetAsync("/events?track=astana&limit=2", cancellationToken);
        var other = await _client.GetAsync("/events?limit=2&track=astana", cancellationToken);

        (await other.Content.ReadAsStringAsync(cancellationToken))
            .Should().Be(await one.Content.ReadAsStringAsync(cancellationToken));
        other.Headers.Age.Should().NotBeNull("the second request was answered from the output cache");
    }

    private async Task<(string Id, string Title)> FirstGenevaEventAsync(CancellationToken cancellationToken) =>
        await FirstEventAsync(await _client.GetAsync("/events?track=geneva", cancellationToken), cancellationToken);

    private static async Task<(string Id, string Title)> FirstEventAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var item = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("items")[0];
        return (item.GetProperty("id").GetString()!, item.GetProperty("title").GetString()!);
    }
}
