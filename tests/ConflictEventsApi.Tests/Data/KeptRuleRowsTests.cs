using ConflictEventsApi.Data;
using DbUp.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictEventsApi.Tests.Data;

/// <summary>
/// The API reads two rules' answers as kept with the dataset (1013 and 1014 in db/migrations):
/// each actor's holders and each stance's track. A migration that changes what they depend on must
/// change what the API serves at once.
/// </summary>
public sealed class KeptRuleRowsTests(PostgresServer server)
{
    private const string Congress = "congress-of-syrian-national-dialogue";

    [Fact]
    public async Task AnOrganRelationAddedByALaterMigrationRollsUpAtOnce()
    {
        await using var api = await ApiAfterAsync("organ", """
            INSERT INTO actor_affiliations (actor_id, parent_id, relation)
            VALUES ('forty-rebel-groups', 'syrian-negotiation-commission', 'part-of');
            """);

        var page = await api.CreateClient().GetJsonAsync($"/events/{Congress}/positions?rollup=parent");

        var rows = page.GetProperty("items").EnumerateArray().ToDictionary(row => row.GetProperty("actorId").GetString()!);
        rows.Should().NotContainKey("forty-rebel-groups", "it now speaks as the Syrian Negotiation Commission");
        rows["syrian-negotiation-commission"].GetProperty("statedByActorIds").EnumerateArray().Select(id => id.GetString())
            .Should().Contain("forty-rebel-groups");
    }

    [Fact]
    public async Task AnEventMovedToAnotherTrackByALaterMigrationTakesItsStancesAlong()
    {
        await using var api = await ApiAfterAsync("moved", $"UPDATE events SET track_slug = 'geneva' WHERE id = '{Congress}';");
        var client = api.CreateClient();

        var geneva = await TargetEventsAsync(client, "geneva");
        var sochi = await TargetEventsAsync(client, "sochi");

        geneva.Should().Contain(Congress);
        sochi.Should().NotContain(Congress);
    }

    /// <summary>The API on a database migrated with one more script after every existing one.</summary>
    private async Task<MigratingApiFactory> ApiAfterAsync(string what, string sql)
    {
        var database = await server.CreateMigratedDatabaseAsync();
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(server.OwnerConnectionString(database),
            DatabaseMigrator.Scripts().Append(new SqlScript(TestMigrations.Next(what), sql)), TestContext.Current.CancellationToken);
        var api = new MigratingApiFactory(server, database);
        await api.InitializeAsync();
        return api;
    }

    private static async Task<List<string?>> TargetEventsAsync(HttpClient client, string track) =>
        (await client.GetJsonAsync($"/stances?track={track}&limit=500")).GetProperty("items").EnumerateArray()
            .Select(stance => stance.GetProperty("targetEventId").GetString()).ToList();
}
