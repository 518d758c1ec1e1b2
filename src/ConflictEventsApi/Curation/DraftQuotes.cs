using Dapper;
using Npgsql;

namespace ConflictEventsApi.Curation;

/// <summary>
/// Every quote a draft migration cites, found by running the draft itself (so any way of writing
/// the INSERT counts: VALUES lists, SELECTs, U&amp;'…' literals) in a transaction that is rolled
/// back, with the quote check replaced by one that records each citation instead of refusing it.
/// Each is then placed in its source's text by <see cref="QuoteLocator"/>, which names every
/// differing character however long the quote.
/// </summary>
public static class DraftQuotes
{
    public sealed record Quote(string SourceId, string Text, int? StartOffset, string? Body);

    public sealed record Collected(IReadOnlyList<Quote> Quotes, string? StoppedBy);

    private const string Marker = "draft-quote:";

    // Replaces locate_and_check_citation() (0001, 0303) for this transaction only: it reports the
    // citation as a notice (which outlives a rollback, so quotes before a failing statement are
    // still seen) and lets it through, placed at 0 when the text does not hold it.
    private const string RecordingTrigger = """
        CREATE OR REPLACE FUNCTION locate_and_check_citation() RETURNS trigger LANGUAGE plpgsql AS $draft$
        DECLARE body text;
        BEGIN
            SELECT s.body INTO body FROM sources s WHERE s.id = NEW.source_id;
            RAISE NOTICE 'draft-quote:%', json_build_object('sourceId', NEW.source_id, 'text', NEW.quote,
                'startOffset', NEW.start_offset, 'body', body);
            NEW.length := char_length(NEW.quote);
            IF NEW.start_offset IS NULL OR substr(body, NEW.start_offset + 1, NEW.length) IS DISTINCT FROM NEW.quote THEN
                NEW.start_offset := greatest(coalesce(strpos(body, NEW.quote), 0) - 1, 0);
            END IF;
            RETURN NEW;
        END $draft$;
        """;

    public static async Task<Collected> CollectAsync(NpgsqlConnection connection, string draft, CancellationToken cancellationToken)
    {
        var quotes = new List<Quote>();
        void Record(object sender, NpgsqlNoticeEventArgs notice)
        {
            if (notice.Notice.MessageText.StartsWith(Marker, StringComparison.Ordinal)
                && System.Text.Json.JsonSerializer.Deserialize<Quote>(notice.Notice.MessageText[Marker.Length..], JsonOptions) is { } quote)
                quotes.Add(quote);
        }
        connection.Notice += Record;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? stoppedBy = null;
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(RecordingTrigger, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(draft, transaction: transaction, commandTimeout: 600,
                cancellationToken: cancellationToken));
        }
        catch (PostgresException refusal)
        {
            // Quotes after the statement that failed are not reached: say what stopped it.
            stoppedBy = refusal.MessageText + (string.IsNullOrEmpty(refusal.Hint) ? "" : $" — fix: {refusal.Hint}");
        }
        finally
        {
            connection.Notice -= Record;
        }
        await transaction.RollbackAsync(cancellationToken);
        return new Collected(quotes, stoppedBy);
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>One line per quote (or, with <paramref name="onlyProblems"/>, per quote that is wrong); returns how many are wrong.</summary>
    public static int Report(Collected collected, TextWriter output, bool onlyProblems)
    {
        var wrong = 0;
        foreach (var quote in collected.Quotes)
        {
            var shortText = quote.Text.Length <= 60 ? quote.Text : quote.Text[..57] + "...";
            if (quote.Body is null)
            {
                output.WriteLine($"quote \"{shortText}\": there is no source {quote.SourceId}");
                wrong++;
                continue;
            }
            var result = QuoteLocator.Locate(quote.Body, quote.Text);
            var placed = quote.StartOffset is { } given
                ? result.Offsets.Contains(given)
                : result.Offsets.Count == 1;
            if (placed)
            {
                if (!onlyProblems) output.WriteLine($"ok {quote.SourceId}@{quote.StartOffset ?? result.Offsets[0]}: \"{shortText}\"");
                continue;
            }
            wrong++;
            output.WriteLine($"quote \"{shortText}\" ({quote.SourceId}{(quote.StartOffset is { } at ? $", start_offset {at}" : "")}):");
            using var lines = new StringWriter();
            QuoteLocator.Report(quote.SourceId, quote.Body, quote.Text, lines);
            foreach (var line in lines.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries))
                output.WriteLine("  " + line);
            if (quote.StartOffset is { } misplaced && result.Offsets.Count > 0)
                output.WriteLine($"  start_offset {misplaced} does not hold it: give one of {string.Join(", ", result.Offsets)}");
        }
        if (collected.StoppedBy is { } stopped)
            output.WriteLine($"the draft stopped before its end: {stopped} (quotes after that statement were not checked)");
        return wrong;
    }
}
