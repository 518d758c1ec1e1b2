using ConflictEventsApi.Http.Requests;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Http.Queries;

/// <summary>
/// The page a list request asks for, read and checked before the handler runs: its format (the
/// operation's: /events.csv is CSV), the limit, the cursor's key and whether to count every match;
/// or a CSV export of every row (CSV without limit or cursor). The handler only fetches the rows;
/// <see cref="Json{T}"/> and <see cref="Csv{T}"/> cut them into the page and its next cursor.
/// </summary>
public sealed record ListRequest(string Scope, ResponseFormat Format, int? Limit, string[]? CursorKey, bool IncludeTotal)
{
    /// <summary>A CSV export of every matching row: CSV asked for without limit or cursor.</summary>
    public bool IsExport => Limit is null;

    /// <summary>
    /// The rule both the handlers and the output cache follow (exports stream and are never cached):
    /// CSV without limit and without cursor is an export.
    /// </summary>
    public static bool AsksForExport(ResponseFormat format, bool limitGiven, bool cursorGiven) =>
        format == ResponseFormat.Csv && !limitGiven && !cursorGiven;

    /// <summary>
    /// Reads the request; null (and a 400 error) when the cursor was not issued by this list, for
    /// these filters (and the path's ids: a source's citations are not another's).
    /// </summary>
    public static ListRequest? Read(ParsedQuery query, HttpContext http, PagedRequest request)
    {
        var routeValues = string.Join('/', http.Request.RouteValues.Where(pair => pair.Value is string).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value));
        var scope = $"{request.GetType().Name}/{routeValues}?{query.FilterScope}";
        string[]? key = null;
        if (request.Cursor is { } cursor && !(Cursor.TryDecode(cursor, scope, out var decoded) && request.AcceptsCursorKey(decoded) && (key = decoded) is not null))
        {
            query.AddError(QueryParameters.Cursor.Name,
                "'cursor' is not a cursor this endpoint issued for these filters; pass a nextCursor unchanged, with the same filters.");
            return null;
        }
        var format = ResponseFormats.OfOperation(http.Request);
        int? limit = AsksForExport(format, request.Limit is not null, key is not null) ? null : query.Integer(QueryParameters.Limit.Name);
        var includeTotal = format == ResponseFormat.Json && request is CountedPagedRequest { IncludeTotal: "true" };
        return new ListRequest(scope, format, limit, key, includeTotal);
    }

    /// <summary>The page (rows: up to limit + 1, the extra one says another page follows) and the cursor of the next.</summary>
    public (IReadOnlyList<T> Items, string? NextCursor) Cut<T>(IReadOnlyList<T> rows, Func<T, string[]> keyOf)
    {
        if (Limit is not { } limit || rows.Count <= limit) return (rows, null);
        var items = rows.Take(limit).ToArray();
        return (items, Cursor.Encode(Scope, keyOf(items[^1])));
    }

    public Ok<PageResponse<T>> Json<T>(IReadOnlyList<T> rows, long? total, Func<T, string[]> keyOf)
    {
        var (items, next) = Cut(rows, keyOf);
        return TypedResults.Ok(new PageResponse<T> { Items = items, NextCursor = next, Total = total });
    }

    /// <summary>A CSV page, linking the next one (this request with the next cursor) when more follow.</summary>
    public CsvFile<T> Csv<T>(HttpRequest request, IReadOnlyList<T> rows, Func<T, string[]> keyOf, IReadOnlyList<CsvColumn<T>> columns)
    {
        var (items, next) = Cut(rows, keyOf);
        return new CsvFile<T>(new CsvResult<T>(items.ToAsyncEnumerable(), columns, next is null ? null : Paging.NextPageUrl(request, next)));
    }
}
