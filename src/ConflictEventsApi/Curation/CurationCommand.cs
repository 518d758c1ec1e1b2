using ConflictEventsApi.Data;
using ConflictEventsApi.Hosting;

namespace ConflictEventsApi.Curation;

/// <summary>
/// The `curate` subcommands of the API's binary:
///   curate new-source FILE [--url URL] [--excerpt] [--published DATE]
///                                        store an article's text, print its sources INSERT
///   curate locate --source ID|FILE "QUOTE"
///                                        where a quote stands in a source
///   curate locate --draft MIGRATION      every quote of a draft at once
///   curate check FILE                    dry-run a migration against every rule
/// The migrations come from the checkout's db/migrations (<see cref="MigrationScripts"/>), so a
/// binary built before the draft was written serves. They use ConnectionStrings:EventsAdmin /
/// Events when set, else the local default PostgreSQL (started for the command and stopped after
/// it, or shared with a running API).
/// </summary>
public static class CurationCommand
{
    public const string Usage = """
        usage: ConflictEventsApi curate new-source FILE [--url URL] [--excerpt] [--published YYYY-MM-DD] > draft.sql
               ConflictEventsApi curate locate --source ID|FILE "QUOTE"
               ConflictEventsApi curate locate --draft MIGRATION
               ConflictEventsApi curate check MIGRATION
        """;

    public static bool IsCurate(string[] args) => args.Length > 0 && args[0] == "curate";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        var cancellationToken = app.Lifetime.ApplicationStopping;
        var configuration = app.Configuration;
        switch (args)
        {
            case ["curate", "new-source", .. var rest]:
                var (options, problem) = CurateNewSource.Parse(rest);
                if (options is null)
                {
                    Console.Error.WriteLine($"problem: {problem}");
                    Console.Error.WriteLine(Usage);
                    return 2;
                }
                var migrations = MigrationScripts.FolderFor(configuration);
                if (migrations is null)
                {
                    Console.Error.WriteLine("problem: no checkout found (db/migrations beside ConflictEventsApi.sln above this folder) — fix: run it inside the repository, or set Database:MigrationsFolder");
                    return 2;
                }
                // Messages go to stderr, so the INSERT can be redirected into the draft.
                return await CurateNewSource.RunAsync(options with { File = CommandPaths.Resolve(options.File) },
                    Path.Combine(Path.GetDirectoryName(migrations)!, "sources"), output, Console.Error, cancellationToken);
            case ["curate", "check", var file]:
                if (await AdminAsync(app, cancellationToken) is not { } checkAdmin) return AdminMissing(output);
                return await CurateCheck.RunAsync(checkAdmin, MigrationScripts.For(configuration), CommandPaths.Resolve(file), output,
                    cancellationToken);
            case ["curate", "locate", "--draft", var draft]:
                if (await AdminAsync(app, cancellationToken) is not { } locateAdmin) return AdminMissing(output);
                return await CurateLocate.RunDraftAsync(locateAdmin, MigrationScripts.For(configuration), CommandPaths.Resolve(draft), output,
                    cancellationToken);
            case ["curate", "locate", "--source", var sourceArgument, var quote]:
                var source = File.Exists(CommandPaths.Resolve(sourceArgument)) ? CommandPaths.Resolve(sourceArgument) : sourceArgument;
                if (!File.Exists(source))
                {
                    await EnsureServerAsync(app, configuration, cancellationToken);
                    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(
                        DatabaseSettings.Require(configuration, DatabaseSettings.Owner), MigrationScripts.For(configuration), cancellationToken);
                }
                return await CurateLocate.RunAsync(DatabaseSettings.Get(configuration, DatabaseSettings.Owner)
                    ?? DatabaseSettings.Get(configuration, DatabaseSettings.Reader), source, quote, output, cancellationToken);
            default:
                output.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>
    /// An admin connection (a login that may create databases): only a server is needed, not the
    /// dataset. Without any connection string, the local default server's.
    /// </summary>
    private static async Task<string?> AdminAsync(WebApplication app, CancellationToken cancellationToken)
    {
        if (DatabaseSettings.Get(app.Configuration, DatabaseSettings.Admin) is null)
            await EnsureServerAsync(app, app.Configuration, cancellationToken);
        return DatabaseSettings.Get(app.Configuration, DatabaseSettings.Admin);
    }

    private static int AdminMissing(TextWriter output)
    {
        output.WriteLine("problem: this command needs ConnectionStrings:EventsAdmin (a login that may create databases), or no connection string at all for the local default");
        return 2;
    }

    /// <summary>With no connection string configured, the local default server supplies them.</summary>
    private static async Task EnsureServerAsync(WebApplication app, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (DatabaseSettings.Get(configuration, DatabaseSettings.Reader) is null)
            await app.Services.GetRequiredService<LocalDatabase>().StartAsync(configuration, cancellationToken);
    }
}
