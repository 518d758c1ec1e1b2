using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Dapper;
using Npgsql;

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

    /// <summary>The API's connection; a class with a server of its own overrides both.</summary>
    public virtual string ReaderConnectionString => Postgres.ReaderConnectionString(DatabaseName);

    public virtual string OwnerConnectionString => Postgres.OwnerConnectionString(DatabaseName);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Events", ReaderConnectionString);
        builder.UseSetting("ConnectionStrings:EventsOwner", OwnerConnectionString);
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
    /// Adds /test/throw and /test/sleep?seconds=N (a query as slow as asked, through the app's
    /// data source and with the request's token) behind the app's own pipeline, so failures and
    /// slow queries travel through the app's real error handling.
    /// </summary>
    private sealed class FaultEndpointsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (context.Request.Path == "/test/throw")
                    throw new InvalidOperationException("Deliberate failure with a secret detail: hunter2");
                if (context.Request.Path != "/test/sleep")
                {
                    await nextMiddleware(context);
                    return;
                }
                var seconds = double.Parse(context.Request.Query["seconds"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
                var dataSource = context.RequestServices.GetRequiredService<NpgsqlDataSource>();
                await using var connection = await dataSource.OpenConnectionAsync(context.RequestAborted);
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_sleep(@seconds)", new { seconds },
                    cancellationToken: context.RequestAborted));
                await context.Response.WriteAsync("slept", context.RequestAborted);
            });
        };
    }
}
