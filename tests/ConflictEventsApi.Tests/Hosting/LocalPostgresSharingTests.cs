using ConflictEventsApi.Hosting;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Hosting;

/// <summary>
/// `ConflictEventsApi migrate` with no configuration while the API runs: the second process uses
/// the API's local server instead of stopping it as a leftover, and leaves it running.
/// </summary>
public sealed class LocalPostgresSharingTests
{
    [Fact]
    public async Task ASecondStartSharesTheRunningServerAndLeavesItRunning()
    {
        var options = new LocalPostgresOptions
        {
            RootDirectory = Path.Combine(Path.GetTempPath(), $"conflict-events-sharing-{Guid.NewGuid():N}"),
            DeleteOnDispose = true,
        };
        await using var api = await LocalPostgres.StartAsync(options, _ => { }, TestContext.Current.CancellationToken);
        var messages = new List<string>();

        await using (var migrate = await LocalPostgres.StartAsync(
            new LocalPostgresOptions { RootDirectory = options.RootDirectory }, messages.Add, TestContext.Current.CancellationToken))
        {
            migrate.IsShared.Should().BeTrue();
            migrate.Port.Should().Be(api.Port);
        }

        messages.Should().ContainSingle(message => message.Contains("it is left running"));
        await using var connection = new NpgsqlConnection(api.ConnectionString("postgres"));
        (await connection.ExecuteScalarAsync<int>("SELECT 1")).Should().Be(1, "the API's server still runs");
    }
}
