using Microsoft.AspNetCore.Hosting;

namespace ConflictEventsApi.Tests.Data;

/// <summary>
/// The app as a fresh deployment starts it: an admin connection, MigrateOnStartup on, and a
/// database it provisions and migrates itself.
/// </summary>
public sealed class MigratingApiFactory(PostgresServer server, string database) : ApiFactory(server)
{
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:EventsAdmin", Postgres.AdminConnectionString("postgres"));
        builder.UseSetting("Database:MigrateOnStartup", "true");
    }
}
