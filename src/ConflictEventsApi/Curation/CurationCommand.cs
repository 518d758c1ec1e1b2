using ConflictEventsApi.Data;
using ConflictEventsApi.Hosting;

namespace ConflictEventsApi.Curation;

/// <summary>
/// The `curate` subcommands of the API's binary:
///   curate check FILE                    dry-run a migration against every rule
///   curate locate --source ID "QUOTE"    where a quote stands in a source
/// They use ConnectionStrings:EventsAdmin / Events when set, else the local default PostgreSQL
/// (started for the command and stopped after it, or shared with a running API).
/// </summary>
public static class CurationCommand
{
    public const string Usage = """
        usage: ConflictEventsApi curate check FILE
               ConflictEventsApi curate locate --source ID|FILE "QUOTE"
        """;

    public static bool IsCurate(string[] args) => args.Length > 0 && args[0] == "curate";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        var cancellationToken = app.Lifetime.ApplicationStopping;
        var configuration = app.Configuration;
        switch (args)
        {
            case ["curate", "check", var file]:
                // Only a server is needed, not the dataset: an admin connection alone will do.
                if (DatabaseSettings.Get(configuration, DatabaseSettings.Admin) is null)
                    await EnsureServerAsync(app, configuration, cancellationToken);
                var admin = DatabaseSettings.Get(configuration, DatabaseSettings.Admin);
                if (admin is null)
                {
                    output.WriteLine("problem: curate check needs ConnectionStrings:EventsAdmin (a login that may create databases), or no connection string at all for the local default");
                    return 2;
                }
                return await CurateCheck.RunAsync(admin, CommandPaths.Resolve(file), output, cancellationToken);
            case ["curate", "locate", "--source", var sourceArgument, var quote]:
                var source = File.Exists(CommandPaths.Resolve(sourceArgument)) ? CommandPaths.Resolve(sourceArgument) : sourceArgument;
                if (!File.Exists(source))
                {
                    await EnsureServerAsync(app, configuration, cancellationToken);
                    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(
                        DatabaseSettings.Require(configuration, DatabaseSettings.Owner), cancellationToken);
                }
                return await CurateLocate.RunAsync(DatabaseSettings.Get(configuration, DatabaseSettings.Owner)
                    ?? DatabaseSettings.Get(configuration, DatabaseSettings.Reader), source, quote, output, cancellationToken);
            default:
                output.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>With no connection string configured, the local default server supplies them.</summary>
    private static async Task EnsureServerAsync(WebApplication app, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (DatabaseSettings.Get(configuration, DatabaseSettings.Reader) is null)
            await app.Services.GetRequiredService<LocalDatabase>().StartAsync(configuration, cancellationToken);
    }
}
