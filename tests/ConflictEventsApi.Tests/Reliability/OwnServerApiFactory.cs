using ConflictEventsApi.Data;
using ConflictEventsApi.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictEventsApi.Tests.Reliability;

/// <summary>
/// The app on a PostgreSQL of its own, provisioned and migrated like the shared one, so a test
/// can stop and restart that server without disturbing the test classes running beside it.
/// </summary>
public sealed class OwnServerApiFactory(PostgresServer server) : ApiFactory(server)
{
    private const string Database = "conflict_events";
    private const string Password = "outage-test-password";
    private LocalPostgres? _server;

    public LocalPostgres PostgresProcess => _server ?? throw new InvalidOperationException("The server has not started.");

    public override string ReaderConnectionString => PostgresProcess.ConnectionString(Database, PostgresServer.ReaderRole, Password);

    public override string OwnerConnectionString => PostgresProcess.ConnectionString(Database, PostgresServer.OwnerRole, Password);

    protected override async Task<string> CreateDatabaseAsync()
    {
        _server = await LocalPostgres.StartAsync(new LocalPostgresOptions
        {
            RootDirectory = Path.Combine(Path.GetTempPath(), $"conflict-events-outage-{Guid.NewGuid():N}"),
            DeleteOnDispose = true,
        }, _ => { });
        await new DatabaseProvisioner(NullLogger<DatabaseProvisioner>.Instance).ProvisionAsync(
            _server.ConnectionString("postgres"), OwnerConnectionString, ReaderConnectionString, CancellationToken.None);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(OwnerConnectionString, CancellationToken.None);
        return Database;
    }

    // The outage is measured on the database path: a cached response needs no database, so the
    // output cache would answer 200 for repeated reads until the dataset version is due again.
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:OutputCache", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}
