using ConflictEventsApi.Hosting;
using ConflictEventsApi.Telemetry;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ConflictEventsApi.Data;

public static class DatabaseSetup
{
    /// <summary>Registers the one NpgsqlDataSource of the process (the read-only role) and the migration tools.</summary>
    public static WebApplicationBuilder AddEventsDatabase(this WebApplicationBuilder builder)
    {
        // Process-wide, deliberately: Dapper keeps its type maps in statics, so this is the only way to
        // map snake_case columns (stated_on) to PascalCase properties (StatedOn) without an alias in
        // every query. Every query of the app (and of the tests' process) relies on it; nothing in
        // the process needs the other behaviour. Set here, before any query runs.
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        builder.Services.AddSingleton<DatabaseProvisioner>();
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddSingleton<LocalDatabase>();
        // Resolved lazily: in the local default the connection string exists only once the
        // private server has started (PrepareDatabaseAsync), which happens before the first request.
        builder.Services.AddOptions<DataSourceOptions>().BindConfiguration(DataSourceOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => new NpgsqlDataSourceBuilder(ReaderConnectionString(services))
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .WithDatabaseSpans()
            .Build());
        builder.Services.AddDatabaseCircuit();
        return builder;
    }

    /// <summary>The reader's connection string with our timeouts and pool tuning (where the operator set none).</summary>
    public static string ReaderConnectionString(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var tuning = services.GetRequiredService<IOptions<DataSourceOptions>>().Value;
        return tuning.ApplyTo(DatabaseTimeouts.Apply(DatabaseSettings.Require(configuration, DatabaseSettings.Reader), configuration));
    }

    /// <summary>
    /// Gets the database ready before the app serves: with no connection string configured, starts
    /// the private local PostgreSQL; then provisions roles (when an admin connection is known) and
    /// applies migrations when asked to. Returns false when the process should exit (the
    /// 'migrate' command has done its work).
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app, string[] args)
    {
        var configuration = app.Configuration;
        var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
        var migrate = migrateOnly || configuration.GetValue<bool>("Database:MigrateOnStartup");

        if (DatabaseSettings.Get(configuration, DatabaseSettings.Reader) is null)
        {
            await app.Services.GetRequiredService<LocalDatabase>().StartAsync(configuration, app.Lifetime.ApplicationStopping);
            migrate = true;
        }

        if (!migrate) return true;
        var cancellationToken = app.Lifetime.ApplicationStopping;
        var owner = DatabaseSettings.Require(configuration, DatabaseSettings.Owner);
        if (DatabaseSettings.Get(configuration, DatabaseSettings.Admin) is { } admin)
        {
            await app.Services.GetRequiredService<DatabaseProvisioner>().ProvisionAsync(
                admin, owner, DatabaseSettings.Require(configuration, DatabaseSettings.Reader), cancellationToken);
        }
        var scripts = MigrationScripts.For(configuration);
        app.Logger.LogInformation("Migrating {Database} from {Origin}", DatabaseSettings.Describe(owner), scripts.Origin);
        var outcome = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(owner, scripts, cancellationToken);
        // The curator's answer, in plain words beside the structured log.
        if (migrateOnly) Console.WriteLine($"migrate: {outcome.Summary} ({scripts.Origin})");
        return !migrateOnly;
    }
}
