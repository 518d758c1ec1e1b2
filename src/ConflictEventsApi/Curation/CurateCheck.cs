using ConflictEventsApi.Data;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictEventsApi.Curation;

/// <summary>
/// `curate check FILE`: applies every migration that sorts before FILE to a throwaway database,
/// then FILE in one transaction, runs every integrity rule, prints what FILE adds and changes per
/// table and which answers of the API move, then applies the migrations after it (re-checking an
/// existing article) and drops the database. Exit 0 when clean, 1 with one line per problem.
/// </summary>
public static class CurateCheck
{
    public static async Task<int> RunAsync(string adminConnectionString, MigrationScripts set, string file, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            output.WriteLine($"problem: {file} does not exist — fix: give the path of a migration file, e.g. db/migrations/1001_article_….sql");
            return 1;
        }
        var name = Path.GetFileName(file);
        var contents = await File.ReadAllTextAsync(file, cancellationToken);
        output.WriteLine($"curate check {name}");
        foreach (var warning in MigrationNames.Warnings(name, set.Names)) output.WriteLine(warning);

        var before = set.Before(name);
        var after = set.After(name);
        await using var database = await ThrowawayDatabase.CreateMigratedAsync(adminConnectionString, before, cancellationToken);
        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);
        output.WriteLine($"applied the {before.Count} migrations before it to a throwaway database (from {set.Origin})");

        var problems = new List<string>();
        var misquoted = false;
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            var snapshotBefore = await TableSnapshot.TakeAsync(connection, null, cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(new RefreshDerivedData().Process(contents),
                    transaction: transaction, commandTimeout: 600, cancellationToken: cancellationToken));
                problems.AddRange(await ProblemsAsync(connection, transaction, cancellationToken));
                // The deferred rules (every fact cited) fire now, as they would at COMMIT.
                if (problems.Count == 0)
                    await connection.ExecuteAsync(new CommandDefinition("SET CONSTRAINTS ALL IMMEDIATE", transaction: transaction,
                        cancellationToken: cancellationToken));
                var changes = snapshotBefore.Compare(await TableSnapshot.TakeAsync(connection, transaction, cancellationToken));
                ChangeReport.Write(changes, output);
                if (problems.Count == 0) await transaction.CommitAsync(cancellationToken);
            }
            catch (PostgresException refusal)
            {
                problems.Add(Describe(name, refusal));
                misquoted = refusal.MessageText.StartsWith("citation: quote not found", StringComparison.Ordinal)
                            || refusal.MessageText.StartsWith("citation: source ", StringComparison.Ordinal);
            }
        }
        // The database names the first quote it refused; the locator names every differing
        // character of every quote the draft gets wrong, however long (curate locate --draft).
        if (misquoted)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            var quotes = await DraftQuotes.CollectAsync(connection, contents, cancellationToken);
            DraftQuotes.Report(quotes, output, onlyProblems: true);
        }

        if (problems.Count == 0 && after.Count > 0)
        {
            // Re-checking an existing article: the migrations after it must still apply on top.
            try
            {
                await migrator.MigrateAsync(database.ConnectionString, before.Concat(after), cancellationToken);
                output.WriteLine($"applied the {after.Count} migrations after it");
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                problems.AddRange(await ProblemsAsync(connection, null, cancellationToken));
            }
            catch (MigrationFailedException failed)
            {
                problems.Add($"problem: a later migration, {failed.Script}, fails after {name}: {failed.Message}");
            }
        }

        foreach (var problem in problems) output.WriteLine(problem);
        output.WriteLine(problems.Count == 0 ? $"OK: {name} passes every rule" : $"{problems.Count} problem(s) in {name}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Every rule at once (curation_problems(), 0303), one line per problem with its fix.</summary>
    private static async Task<IEnumerable<string>> ProblemsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken)
    {
        var hasRules = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regprocedure('public.curation_problems()') IS NOT NULL", transaction: transaction, cancellationToken: cancellationToken));
        if (!hasRules) return [];
        var rows = await connection.QueryAsync<(string Problem, string Fix)>(new CommandDefinition(
            "SELECT problem, fix FROM curation_problems()", transaction: transaction, cancellationToken: cancellationToken));
        return rows.Select(row => $"problem: {row.Problem} — fix: {row.Fix}");
    }

    private static string Describe(string name, PostgresException refusal)
    {
        var line = $"problem: {name}: {refusal.MessageText}";
        if (!string.IsNullOrEmpty(refusal.Detail)) line += $" ({refusal.Detail})";
        return line + (string.IsNullOrEmpty(refusal.Hint) ? "" : $" — fix: {refusal.Hint}");
    }
}
