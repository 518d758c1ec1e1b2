using Dapper;
using Npgsql;

namespace ConflictEventsApi.Curation;

/// <summary>
/// `curate locate --source ID "QUOTE"`: where a quote stands in a source's text. ID is a source id
/// in the database, or the path of an article file (a draft's source is not in the database yet).
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
}
