using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace ConflictEventsApi.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP (in memory), pointed at a database of its own: one per test class.
/// </summary>
public class ApiFactory(PostgresServer server) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PostgresServer Postgres { get; } = server;

    public string DatabaseName { get; private set; } = "";

    /// <summary>Migrated by default; a class that needs another starting point overrides this.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => Postgres.CreateMigratedDatabaseAsync();

    public async ValueTask InitializeAsync() => DatabaseName = await CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Events", Postgres.ReaderConnectionString(DatabaseName));
        builder.UseSetting("ConnectionStrings:EventsOwner", Postgres.OwnerConnectionString(DatabaseName));
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new FaultEndpointsStartupFilter()));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Adds /test/throw behind the app's own pipeline, so an unhandled exception travels through
    /// the app's real error handling.
    /// </summary>
    private sealed class FaultEndpointsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == "/test/throw"
                    ? throw new InvalidOperationException("Deliberate failure with a secret detail: hunter2")
                    : nextMiddleware(context));
        };
    }
}
