using ConflictEventsApi.Data;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Curation;

/// <summary>
/// `curate locate --source ID "QUOTE"`: where a quote stands in a source's text. ID is a source id
/// in the database, or the path of an article file (a draft's source is not in the database yet).
/// `curate locate --draft MIGRATION`: every quote of a draft at once, on a throwaway database.
/// </summary>
public static class CurateLocate
{
    public static async Task<int> RunAsync(string? connectionString, string source, string quote, TextWriter output,
        CancellationToken cancellationToken)
    {
        string? body;
        if (File.Exists(source))
        {
            body = await File.ReadAllTextAsync(source, cancellationToken);
        }
        else if (connectionString is null)
        {
            output.WriteLine($"problem: {source} is not a file and no database is configured");
            return 1;
        }
        else
        {
            await using var connection = new NpgsqlConnection(connectionString);
            body = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
                "SELECT body FROM sources WHERE id = @source", new { source }, cancellationToken: cancellationToken));
            if (body is null)
            {
                var ids = await connection.QueryAsync<string>(new CommandDefinition(
                    "SELECT id FROM sources ORDER BY id", cancellationToken: cancellationToken));
                output.WriteLine($"problem: no source {source} — fix: use one of {string.Join(", ", ids)}, or the path of the article file");
                return 1;
            }
        }
        return QuoteLocator.Report(source, body, quote, output) ? 0 : 1;
    }

    /// <summary>
    /// Runs the draft after the migrations that sort before it (as `curate check` does) with the
    /// quote check recording instead of refusing, then places every quote it cites. Exit 0 when
    /// each is verbatim (and placed, when it repeats), 1 otherwise.
    /// </summary>
    public static async Task<int> RunDraftAsync(string adminConnectionString, MigrationScripts set, string file, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            output.WriteLine($"problem: {file} does not exist — fix: give the path of a draft migration");
            return 1;
        }
        var name = Path.GetFileName(file);
        await using var database = await ThrowawayDatabase.CreateMigratedAsync(adminConnectionString, set.Before(name), cancellationToken);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var collected = await DraftQuotes.CollectAsync(connection, await File.ReadAllTextAsync(file, cancellationToken), cancellationToken);
        var wrong = DraftQuotes.Report(collected, output, onlyProblems: false);
        var clean = wrong == 0 && collected.StoppedBy is null;
        output.WriteLine(clean
            ? $"OK: all {collected.Quotes.Count} quotes of {name} are verbatim"
            : $"{wrong} of {collected.Quotes.Count} quotes of {name} need a fix{(collected.StoppedBy is null ? "" : "; the draft also stopped early")}");
        return clean ? 0 : 1;
    }
}
