using System.Buffers;
using System.Globalization;
using System.Text;

namespace ConflictEventsApi.Http;

/// <summary>One flat CSV column of a resource.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// RFC 4180 CSV (UTF-8, CRLF, header row), written row by row as the rows arrive, so an export
/// of any size streams in constant memory. A page that has a successor links it in a Link header.
/// Quoting is the whole of RFC 4180's rules, so it is written here rather than taken from a
/// library whose API changes between major versions. A failure after the first bytes left aborts
/// the connection (<see cref="TruncatedExports"/>): the status can no longer change, and a body that
/// ended cleanly would look complete.
/// </summary>
public sealed class CsvResult<T>(IAsyncEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns, string? nextPageUrl = null) : IResult
{
    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        if (nextPageUrl is not null) response.Headers.Link = $"<{nextPageUrl}>; rel=\"next\"";
        // leaveOpen: the body belongs to the server and to the middleware that wraps it. Disposing
        // it here disposed the output cache's capture buffer, which then stored an empty body.
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            bufferSize: 16 * 1024, leaveOpen: true);
        await WriteRecordAsync(writer, columns.Select(column => column.Header));
        var rowsWritten = 0L;
        try
        {
            // No token here: the rows' query already carries the request's, and writing must not be
            // cancelled by the database circuit once the rows are in hand (a client that left
            // fails the write anyway).
            await foreach (var row in rows)
            {
                await WriteRecordAsync(writer, columns.Select(column => Format(column.Value(row))));
                rowsWritten++;
            }
            await writer.FlushAsync(CancellationToken.None);
        }
        catch (Exception exception) when (response.HasStarted)
        {
            TruncatedExports.Abort(httpContext, rowsWritten, exception);
        }
    }

    private static async Task WriteRecordAsync(StreamWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) await writer.WriteAsync(',');
            first = false;
            await writer.WriteAsync(field.AsSpan().ContainsAny(NeedsQuoting) ? $"\"{field.Replace("\"", "\"\"")}\"" : field);
        }
        await writer.WriteAsync("\r\n");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => CsvFormulas.Neutralise(text),
        IEnumerable<string> list => CsvFormulas.Neutralise(string.Join(';', list)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => CsvFormulas.Neutralise(value.ToString() ?? ""),
    };
}
