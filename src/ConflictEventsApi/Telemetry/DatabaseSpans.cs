using System.Diagnostics;
using Npgsql;

namespace ConflictEventsApi.Telemetry;

/// <summary>
/// What a database span says: the SQL's operation (its first keyword: SELECT, WITH ..., SET) as
/// db.operation.name and in the span's name, so a trace shows what each query did without reading
/// its text. Parameter values never reach a span.
/// </summary>
public static class DatabaseSpans
{
    public const string OperationTag = "db.operation.name";

    public static string NameOf(NpgsqlCommand command) => $"{OperationOf(command.CommandText)} {command.Connection?.Database}".TrimEnd();

    public static void Enrich(Activity activity, NpgsqlCommand command) => activity.SetTag(OperationTag, OperationOf(command.CommandText));

    /// <summary>The first SQL keyword of the text, upper-cased; comments and whitespace before it skipped.</summary>
    public static string OperationOf(string? sql)
    {
        var text = (sql ?? "").AsSpan();
        while (true)
        {
            text = text.TrimStart();
            if (text.StartsWith("--"))
            {
                var end = text.IndexOf('\n');
                text = end < 0 ? [] : text[(end + 1)..];
            }
            else if (text.StartsWith("/*"))
            {
                var end = text.IndexOf("*/");
                text = end < 0 ? [] : text[(end + 2)..];
            }
            else break;
        }
        var length = 0;
        while (length < text.Length && char.IsAsciiLetter(text[length])) length++;
        return length == 0 ? "UNKNOWN" : text[..length].ToString().ToUpperInvariant();
    }
}
