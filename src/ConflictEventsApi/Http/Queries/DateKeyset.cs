using System.Globalization;

namespace ConflictEventsApi.Http.Queries;

/// <summary>The cursor key of lists sorted by (date, id): the keyset SQL is <see cref="Data.DateKeysetSql"/>.</summary>
public static class DateKeyset
{
    /// <summary>A cursor's key for the item: its sort date (the sentinel when undated) and id.</summary>
    public static string[] CursorKey(DateOnly sortDate, string id) =>
        [sortDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), id];

    /// <summary>
    /// The (sort date, id) a cursor's key carries; null without a key or when it is not a date and
    /// an id. The signature key is not a secret, so a signed cursor can still carry anything: the
    /// date is parsed, never trusted.
    /// </summary>
    public static (DateOnly SortDate, string Id)? Parse(string[]? key) =>
        key is [var date, var id] && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sortDate)
            ? (sortDate, id)
            : null;
}
