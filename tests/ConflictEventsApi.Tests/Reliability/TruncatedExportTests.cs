using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Reliability;

/// <summary>
/// A CSV export whose database fails after the first bytes were sent: the status (200) cannot
/// change any more, so the connection is aborted and the client sees an error, never a body that
/// ends cleanly and looks complete. Over real HTTP (Kestrel), where chunked framing is real.
/// </summary>
public sealed class TruncatedExportTests(PostgresServer server)
{
    private const int ExtraEvents = 60_000;

    [Fact]
    public async Task AnExportCutByTheDatabaseEndsInAnErrorForTheClientAndAWarningInTheLog()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await server.CreateMigratedDatabaseAsync();
        await AddEventsAsync(database, cancellationToken);
        await using var api = await ApiProcess.StartAsync(server, database);
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/events.csv", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[8192];
        long received = await body.ReadAsync(buffer, cancellationToken);
        using var stopKilling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var killing = TerminateApiBackendsAsync(database, stopKilling.Token);
        var reading = FluentActions.Awaiting(async () =>
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0) received += read;
        });

        await reading.Should().ThrowAsync<Exception>("a cut export must not end like a complete one");
        await stopKilling.CancelAsync();
        await killing;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        TestContext.Current.TestOutputHelper?.WriteLine($"received {received} bytes before the connection was aborted");
        received.Should().BeGreaterThan(0);
        await WaitForAsync(() => api.Output.Contains("Export truncated after", StringComparison.Ordinal), cancellationToken);
        api.Output.Should().Contain("Export truncated after");
        using var management = new HttpClient { BaseAddress = api.ManagementAddress };
        var exposition = await Scrape.UntilAsync(management, text => text.Contains("conflict_events_exports_truncated_total", StringComparison.Ordinal), cancellationToken);
        Scrape.Value(exposition, "conflict_events_exports_truncated_total", "cause=").Should().BeGreaterThanOrEqualTo(1, "an operator sees cut exports counted");
    }

    /// <summary>Copies of one event, with new ids and no triggers (they are not cited), so the export runs many batches.</summary>
    private async Task AddEventsAsync(string database, CancellationToken cancellationToken)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString(database));
        await admin.ExecuteAsync(new CommandDefinition($"""
            SET session_replication_role = replica;
            CREATE TEMP TABLE copies AS
                SELECT e.* FROM events e, generate_series(1, {ExtraEvents}) WHERE e.id = (SELECT min(id) FROM events);
            ALTER TABLE copies ADD COLUMN n serial;
            UPDATE copies SET id = 'bulk-copy-' || n;
            ALTER TABLE copies DROP COLUMN n;
            INSERT INTO events SELECT * FROM copies;
            """, cancellationToken: cancellationToken));
    }

    /// <summary>What an operator's pg_terminate_backend does to the API's connections, over and over.</summary>
    private async Task TerminateApiBackendsAsync(string database, CancellationToken stop)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString("postgres"));
        await admin.OpenAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            await admin.ExecuteAsync(new CommandDefinition(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @database AND application_name = 'conflict-events-api'",
                new { database }, cancellationToken: CancellationToken.None));
            try { await Task.Delay(10, stop); }
            catch (OperationCanceledException) { break; }
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 50 && !condition(); attempt++) await Task.Delay(100, cancellationToken);
    }
}
