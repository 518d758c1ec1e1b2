using System.Security.Cryptography;
using System.Text;
using Dapper;
using DbUp;
using DbUp.Engine;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// Applies the SQL scripts of db/migrations (read from the checkout's folder, else those built into
/// this assembly: <see cref="MigrationScripts"/>) in name order with DbUp,
/// one transaction per script, journaled in public.schemaversions. Each script ends by refreshing
/// the data derived from the others (<see cref="RefreshDerivedData"/>).
/// </summary>
public sealed class DatabaseMigrator(ILogger<DatabaseMigrator> logger)
{
    // DbUp has no locking of its own: two hosts migrating one empty database at once collide.
    private const long MigrationLockKey = 0x6d696772617465; // "migrate"

    /// <summary>The migrations of this process (<see cref="MigrationScripts.Current"/>): the checkout's folder, else the build's.</summary>
    public static IReadOnlyList<string> ScriptNames => MigrationScripts.Current.Names;

    /// <summary>The scripts of <see cref="MigrationScripts.Current"/>; the tests add theirs after them.</summary>
    internal static IReadOnlyList<SqlScript> Scripts() => MigrationScripts.Current.Scripts;

    public Task<MigrationOutcome> MigrateAsync(string ownerConnectionString, CancellationToken cancellationToken) =>
        MigrateAsync(ownerConnectionString, MigrationScripts.Current, cancellationToken);

    /// <summary>Applies a set, saying where it came from and how it differs from the build.</summary>
    public Task<MigrationOutcome> MigrateAsync(string ownerConnectionString, MigrationScripts set, CancellationToken cancellationToken)
    {
        foreach (var difference in set.Differences)
            logger.LogWarning("db/migrations differs from the migrations built into this binary, {Difference}; applying {Origin}",
                difference, set.Origin);
        return MigrateAsync(ownerConnectionString, set.Scripts, cancellationToken);
    }

    /// <summary>Applies the given scripts; the tests add one after the embedded ones.</summary>
    internal async Task<MigrationOutcome> MigrateAsync(string ownerConnectionString, IEnumerable<SqlScript> scripts, CancellationToken cancellationToken)
    {
        // The curation rules (0303) explain a refusal in DETAIL; Npgsql hides it unless asked. The
        // owner's connection carries only the dataset, nothing secret. Unpooled: a migration runs
        // once per start, and a pool of its own would keep idle connections open afterwards.
        ownerConnectionString = new NpgsqlConnectionStringBuilder(ownerConnectionString)
            { IncludeErrorDetail = true, Pooling = false }.ConnectionString;
        await using var lockConnection = new NpgsqlConnection(ownerConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await lockConnection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            var list = scripts.ToList();
            await RefuseOutOfOrderAsync(lockConnection, list, cancellationToken);
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(ownerConnectionString)
                .WithScripts(WithDatasetVersion(list))
                .WithTransactionPerScript()
                .WithPreprocessor(new RefreshDerivedData())
                // Not DbUp's 30 s: at millions of rows an index build or a refresh takes minutes.
                // A script's refresh of the derived data took 26-30 min at 10M events on 2 busy cores
                // (docs/performance.md): 30 min cancelled one.
                .WithExecutionTimeout(TimeSpan.FromMinutes(120))
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
            var outcome = new MigrationOutcome(result.Scripts.Select(script => script.Name).ToArray(),
                list.Select(script => script.Name).Max(StringComparer.Ordinal));
            if (outcome.Applied.Count == 0)
                logger.LogInformation("Nothing pending; newest {Newest}", outcome.Newest);
            else
                logger.LogInformation("Applied {Count}: {Scripts}", outcome.Applied.Count, string.Join(", ", outcome.Applied));
            return outcome;
        }
        finally
        {
            await lockConnection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>
    /// Refuses every pending script that sorts before the last one applied (Flyway's
    /// outOfOrder=false). DbUp would apply it after that one here and before it on a fresh
    /// database, so two databases built from the same files could hold different data.
    /// Nothing is applied when one is refused.
    /// </summary>
    private async Task RefuseOutOfOrderAsync(NpgsqlConnection connection, IReadOnlyList<SqlScript> scripts,
        CancellationToken cancellationToken)
    {
        var applied = await AppliedScriptsAsync(connection, cancellationToken);
        if (applied.Count == 0) return;
        var last = applied.Max(StringComparer.Ordinal)!;
        var early = scripts
            .Select(script => script.Name)
            .Where(name => !applied.Contains(name) && StringComparer.Ordinal.Compare(name, last) < 0)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (early.Count == 0) return;
        var refused = new MigrationOrderException(early, last);
        logger.LogCritical("{Message}", refused.Message);
        throw refused;
    }

    /// <summary>The names in the journal; none when it does not exist yet.</summary>
    internal static async Task<HashSet<string>> AppliedScriptsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var journalExists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('public.schemaversions') IS NOT NULL", cancellationToken: cancellationToken));
        if (!journalExists) return new HashSet<string>(StringComparer.Ordinal);
        var names = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT scriptname FROM public.schemaversions", cancellationToken: cancellationToken));
        return names.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Scripts not yet in the journal, read through any role that may select from it.</summary>
    public static async Task<IReadOnlyList<string>> PendingScriptsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = await AppliedScriptsAsync(connection, cancellationToken);
        return ScriptNames.Where(name => !applied.Contains(name)).ToArray();
    }

    /// <summary>
    /// Appends <see cref="DatasetVersionSql"/> to every script, with the checksums of all the scripts
    /// known to this run, so each script's transaction also writes the version it produces.
    /// </summary>
    private static IEnumerable<SqlScript> WithDatasetVersion(IReadOnlyList<SqlScript> scripts)
    {
        var checksums = scripts.ToDictionary(script => script.Name, script => Checksum(script.Contents), StringComparer.Ordinal);
        return scripts.Select(script => new SqlScript(script.Name, script.Contents + DatasetVersionSql(script.Name, checksums)));
    }

    /// <summary>SHA-256 of a script's text (line endings normalised), lower-case hex.</summary>
    internal static string Checksum(string contents) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contents.ReplaceLineEndings("\n"))));

    /// <summary>
    /// SQL that sets public.dataset_version (0302_dataset_version.sql) to the digest of every
    /// journaled script plus this one, in the order applied: each as "name checksum", one a line,
    /// SHA-256, the first 16 hex digits. Runs inside the script's transaction, before DbUp journals
    /// it, so the version commits with the data. A journaled script this run does not know (a file
    /// since removed) counts by name with the checksum "unknown". Skipped before the table exists.
    /// </summary>
    internal static string DatasetVersionSql(string scriptName, IReadOnlyDictionary<string, string> checksums)
    {
        static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
        var known = string.Join(", ", checksums.Select(pair => $"({Literal(pair.Key)}, {Literal(pair.Value)})"));
        return $"""

            ;
            DO $version$ BEGIN
                IF to_regclass('public.dataset_version') IS NOT NULL THEN
                    INSERT INTO public.dataset_version AS current (id, version, scripts, last_script, updated_at)
                    SELECT true,
                           left(encode(sha256(convert_to(
                               string_agg(applied.name || ' ' || coalesce(known.checksum, 'unknown'), E'\n' ORDER BY applied.position),
                               'UTF8')), 'hex'), 16),
                           count(*), {Literal(scriptName)}, now()
                    FROM (SELECT scriptname AS name, schemaversionsid::bigint AS position FROM public.schemaversions
                          UNION ALL
                          SELECT {Literal(scriptName)}, 9223372036854775807) AS applied
                    LEFT JOIN (VALUES {known}) AS known (name, checksum) ON known.name = applied.name
                    ON CONFLICT (id) DO UPDATE SET version = excluded.version, scripts = excluded.scripts,
                        last_script = excluded.last_script, updated_at = excluded.updated_at;
                END IF;
            END $version$;
            """;
    }
}

/// <summary>What a run applied, in order, and the newest migration it knows.</summary>
public sealed record MigrationOutcome(IReadOnlyList<string> Applied, string? Newest)
{
    /// <summary>"applied N: names" or "nothing pending; newest X", the line `migrate` prints.</summary>
    public string Summary => Applied.Count == 0
        ? $"nothing pending; newest {Newest ?? "(none)"}"
        : $"applied {Applied.Count}: {string.Join(", ", Applied)}";
}

/// <summary>
/// Appends a call to refresh_derived_data() (0201_stance_tallies.sql) to every script, so it runs
/// in the script's own transaction, before its journal entry commits: no reader ever sees a new
/// dataset version with old summaries, and a migration that adds data needs no step of its own.
/// Scripts applied before the function exists skip it, and so do scripts that declare they change
/// no rows (<see cref="NoDataChangedMarker"/>).
/// </summary>
internal sealed class RefreshDerivedData : DbUp.Engine.IScriptPreprocessor
{
    /// <summary>
    /// A script that changes no row of any table (an index, a function) says so with this line and
    /// skips the refresh: at 10M events a refresh takes half an hour, and it would recompute the same data.
    /// </summary>
    public const string NoDataChangedMarker = "-- derived data: no rows change";

    private const string Refresh = """

        ;
        DO $refresh$ BEGIN
            IF to_regprocedure('public.refresh_derived_data()') IS NOT NULL THEN
                PERFORM public.refresh_derived_data();
            END IF;
        END $refresh$;
        """;

    public string Process(string contents) =>
        contents.Split('\n').Any(line => line.TrimEnd() == NoDataChangedMarker) ? contents : contents + Refresh;
}

/// <summary>A pending migration sorts before the last applied one; nothing was applied.</summary>
public sealed class MigrationOrderException(IReadOnlyList<string> scripts, string lastApplied)
    : Exception(
        $"Migration {scripts[0]} sorts before {lastApplied}, the last migration applied to this database, so it was refused " +
        $"and nothing was applied{(scripts.Count > 1 ? $" (also out of order: {string.Join(", ", scripts.Skip(1))})" : "")}. " +
        $"Applied here it would run after {lastApplied}, on a fresh database before it, and the two databases would differ. " +
        $"Rename it so it sorts after every existing migration: the next number after the highest in db/migrations " +
        $"(a new migration takes the next number after the highest, e.g. 1001_article_<date>_<outlet>_<slug>.sql; docs/curation.md, \"Adding an article\").")
{
    public IReadOnlyList<string> Scripts { get; } = scripts;
    public string LastApplied { get; } = lastApplied;
}

public sealed class MigrationFailedException(string script, Exception? inner)
    : Exception($"Migration {script} failed: {Describe(inner)}", inner)
{
    public string Script { get; } = script;

    /// <summary>The server's message with its DETAIL and HINT, which say what to fix.</summary>
    private static string? Describe(Exception? inner) => inner is PostgresException postgres
        ? string.Join(" ", new[] { postgres.MessageText, postgres.Detail, postgres.Hint is { } hint ? "Hint: " + hint : null }
            .Where(part => !string.IsNullOrEmpty(part)))
        : inner?.Message;
}
