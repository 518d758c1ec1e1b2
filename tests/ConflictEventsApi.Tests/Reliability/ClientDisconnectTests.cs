using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Reliability;

public sealed class ClientDisconnectTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AClientThatDisconnectsCancelsItsQueryInTheDatabase()
    {
        using var disconnect = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var request = api.CreateClient().GetAsync("/test/sleep?seconds=4", disconnect.Token);

        var runningBefore = await WaitForSleepingQueriesAsync(expected: 1);
        await disconnect.CancelAsync();
        var runningAfter = await WaitForSleepingQueriesAsync(expected: 0);

        await FluentActions.Awaiting(() => request).Should().ThrowAsync<OperationCanceledException>();
        runningBefore.Should().Be(1, "the slow query reached the database");
        runningAfter.Should().Be(0, "the disconnect cancelled it well before its 4 seconds were up");
    }

    /// <summary>Polls pg_stat_activity for up to a second until the count of sleeping queries is as expected.</summary>
    private async Task<int> WaitForSleepingQueriesAsync(int expected)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.AdminConnectionString("postgres"));
        var count = -1;
        for (var attempt = 0; attempt < 20 && count != expected; attempt++)
        {
            if (attempt > 0) await Task.Delay(50, TestContext.Current.CancellationToken);
            count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = @database AND state = 'active' AND query LIKE 'SELECT pg_sleep%'",
                new { database = api.DatabaseName }, cancellationToken: TestContext.Current.CancellationToken));
        }
        return count;
    }
}
