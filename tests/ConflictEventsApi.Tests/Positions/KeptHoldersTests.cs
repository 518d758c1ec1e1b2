using ConflictEventsApi.Data;
using ConflictEventsApi.Tests.Data;
using DbUp.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictEventsApi.Tests.Positions;

/// <summary>
/// The roll-up reads each actor's holders as kept with the dataset (actor_holder_rows, 1013): a
/// migration that adds an organ relation must change the positions it serves at once.
/// </summary>
public sealed class KeptHoldersTests(PostgresServer server)
{
    private const string Congress = "congress-of-syrian-national-dialogue";

    [Fact]
    public async Task AnOrganRelationAddedByALaterMigrationRollsUpAtOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await server.CreateMigratedDatabaseAsync();
        var organ = new SqlScript(TestMigrations.Next("organ"), """
            INSERT INTO actor_affiliations (actor_id, parent_id, relation)
            VALUES ('forty-rebel-groups', 'syrian-negotiation-commission', 'part-of');
            """);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(server.OwnerConnectionString(database),
            DatabaseMigrator.Scripts().Append(organ), cancellationToken);
        await using var api = new MigratingApiFactory(server, database);
        await api.InitializeAsync();

        var page = await api.CreateClient().GetJsonAsync($"/events/{Congress}/positions?rollup=parent");

        var rows = page.GetProperty("items").EnumerateArray().ToDictionary(row => row.GetProperty("actorId").GetString()!);
        rows.Should().NotContainKey("forty-rebel-groups", "it now speaks as the Syrian Negotiation Commission");
        rows["syrian-negotiation-commission"].GetProperty("statedByActorIds").EnumerateArray().Select(id => id.GetString())
            .Should().Contain("forty-rebel-groups");
    }
}
