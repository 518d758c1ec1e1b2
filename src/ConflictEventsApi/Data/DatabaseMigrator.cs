using Dapper;
using DbUp;
using DbUp.Engine;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// Applies the SQL scripts of db/migrations (embedded in this assembly) in name order with DbUp,
/// one transaction per script, journaled in public.schemaversions. Each script ends by refreshing
/// the data derived from the others (<see cref="RefreshDerivedData"/>).
/// </summary>
public sealed class DatabaseMigrator(ILogger<DatabaseMigrator> logger)
{
    private const string ResourcePrefix = "migrations/";
    // DbUp has no locking of its own: two hosts migrating one empty database at once collide.
    private const long MigrationLockKey = 0x6d696772617465; // "migrate"

    public static IReadOnlyList<string> ScriptNames { get; } = typeof(DatabaseMigrator).Assembly
        .GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public Task MigrateAsync(string ownerConnectionString, CancellationToken cancellationToken) =>
        MigrateAsync(ownerConnectionString, EmbeddedScripts(), cancellationToken);

    /// <summary>Applies the given scripts; the tests add one after the embedded ones.</summary>
    internal async Task MigrateAsync(string ownerConnectionString, IEnumerable<SqlScript> scripts, CancellationToken cancellationToken)
    {
        await using var lockConnection = new NpgsqlConnection(ownerConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await lockConnection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(ownerConnectionString)
                .WithScripts(scripts)
                .WithTransactionPerScript()
                .WithPreprocessor(new RefreshDerivedData())
                // Not DbUp's 30 s: at millions of rows an index build or a refresh takes minutes.
                .WithExecutionTimeout(TimeSpan.FromMinutes(30))
                .WithVariablesDisabled()
                .LogTo(new DbUpLog(logger))
                .Build();
            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
            {
                logger.LogCritical(result.Error, "Migration {Script} failed; it was rolled back and start-up stops",
                    result.ErrorScript?.Name);
                throw new MigrationFailedException(result.ErrorScript?.Name ?? "(unknown)", result.Error);
            }
            foreach (var script in result.Scripts)
                logger.LogInformation("Applied migration {Script}", script.Name);
        }
        finally
        {
            await lockConnection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>Scripts not yet in the journal, read through any role that may select from it.</summary>
    public static async Task<IReadOnlyList<string>> PendingScriptsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = "SELECT scriptname FROM public.schemaversions";
        var journalExists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('public.schemaversions') IS NOT NULL", cancellationToken: cancellationToken));
        if (!journalExists) return ScriptNames;
        var applied = await connection.QueryAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return ScriptNames.Except(applied, StringComparer.Ordinal).ToArray();
    }

    internal static IEnumerable<SqlScript> EmbeddedScripts()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        foreach (var name in ScriptNames)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)!;
            using var reader = new StreamReader(stream);
            yield return new SqlScript(name, reader.ReadToEnd());
        }
    }
}

/// <summary>
/// Appends a call to refresh_derived_data() (0201_stance_tallies.sql) to every script, so it runs
/// in the script's own transaction, before its journal entry commits: no reader ever sees a new
/// dataset version with old summaries, and a migration that adds data needs no step of its own.
/// Scripts applied before the function exists skip it.
/// </summary>
internal sealed class RefreshDerivedData : DbUp.Engine.IScriptPreprocessor
{
    private const string Refresh = """

        ;
        DO $refresh$ BEGIN
            IF to_regprocedure('public.refresh_derived_data()') IS NOT NULL THEN
                PERFORM public.refresh_derived_data();
            END IF;
        END $refresh$;
        """;

    public string Process(string contents) => contents + Refresh;
}

public sealed class MigrationFailedException(string script, Exception? inner)
    : Exception($"Migration {script} failed: {inner?.Message}", inner)
{
    public string Script { get; } = script;
}
