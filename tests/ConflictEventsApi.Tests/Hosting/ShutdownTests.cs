using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Hosting;

public sealed class ShutdownTests(PostgresServer server)
{
    [Fact]
    public async Task SigtermLetsAnInFlightRequestFinishAndThenExitsCleanly()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        await using var api = await ApiProcess.StartAsync(server, database);
        using var client = api.CreateClient();
        // The owner holds a lock on tracks, so the API's read waits: a request deliberately in flight.
        await using var owner = new NpgsqlConnection(server.OwnerConnectionString(database));
        await owner.OpenAsync(TestContext.Current.CancellationToken);
        var lockTransaction = await owner.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await owner.ExecuteAsync("LOCK TABLE tracks IN ACCESS EXCLUSIVE MODE", transaction: lockTransaction);

        var inFlight = client.GetAsync("/tracks", TestContext.Current.CancellationToken);
        var waiting = await WaitForLockedReadAsync(database);
        await api.SendSigtermAsync();
        var exitedWhileInFlight = await api.WaitForExitAsync(TimeSpan.FromSeconds(1));
        await lockTransaction.CommitAsync(TestContext.Current.CancellationToken);
        var response = await inFlight;
        var exited = await api.WaitForExitAsync(TimeSpan.FromSeconds(10));

        waiting.Should().BeTrue($"the request reached the database and waits on the lock ({(inFlight.IsCompleted ? "completed" : "running")})\n{api.Output}");
        exitedWhileInFlight.Should().BeFalse("the host drains in-flight requests before it stops");
        response.StatusCode.Should().Be(HttpStatusCode.OK, api.Output);
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("items").GetArrayLength().Should().Be(3);
        exited.Should().BeTrue();
        api.ExitCode.Should().Be(0, api.Output);
    }

    private async Task<bool> WaitForLockedReadAsync(string database)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString("postgres"));
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var waiting = await admin.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = @database AND usename = @role AND wait_event_type = 'Lock'",
                new { database, role = PostgresServer.ReaderRole }, cancellationToken: TestContext.Current.CancellationToken));
            if (waiting > 0) return true;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        return false;
    }
}
