using System.Globalization;

namespace ConflictEventsApi.Http.Queries;

/// <summary>The cursor key of lists sorted by (date, id): the keyset SQL is <see cref="Data.DateKeysetSql"/>.</summary>
public static class DateKeyset
{
    /// <summary>A cursor's key for the item: its sort date (the sentinel when undated) and id.</summary>
    public static string[] CursorKey(DateOnly sortDate, string id) =>
        [sortDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), id];

    /// <summary>
    /// The (sort date, id) a cursor's key carries (<see cref="ListRequest.CursorKey"/>); null
    /// without a cursor, or with a key whose date is no date (then an error is recorded). The
    /// signature key is not a secret, so a signed cursor can still carry anything: the date is
    /// parsed, never trusted.
    /// </summary>
    public static (DateOnly SortDate, string Id)? Parse(ParsedQuery query, string[]? key)
    {
        if (key is null) return null;
        if (DateOnly.TryParseExact(key[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (date, key[1]);
        query.AddError(QueryParameters.Cursor.Name, "'cursor' is not a cursor this endpoint issued.");
        return null;
    }
}
