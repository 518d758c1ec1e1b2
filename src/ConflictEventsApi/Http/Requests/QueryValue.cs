using System.Globalization;

namespace ConflictEventsApi.Http.Requests;

/// <summary>A request record's checked string values as what they mean (validation has already accepted them).</summary>
public static class QueryValue
{
    public static DateOnly? Date(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsTrue(string? value) => value == "true";

    public static int? Integer(string? value) =>
        value is not null && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
