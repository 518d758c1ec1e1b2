using System.Buffers;
using System.Globalization;

namespace ConflictEventsApi.Http;

/// <summary>
/// CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with =, +,
/// -, @, a tab or a carriage return as a formula, and quotes and summaries come from news text.
/// Such a text cell gets a leading apostrophe, which spreadsheets show as text and do not
/// evaluate. Only text is touched: numbers are written by their type and never reach this, and a
/// text that is itself just a number ("-1", "+3.5") stays as it is, because a spreadsheet reads
/// it as that number and nothing else. Written here rather than with CsvHelper's InjectionOptions,
/// which escape every field whatever its type (a polarity of -1 would become '-1) and would bring
/// a second CSV writer beside this streaming one.
/// </summary>
public static class CsvFormulas
{
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public static string Neutralise(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0])
        && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + text
            : text;
}
