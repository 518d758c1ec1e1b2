namespace ConflictEventsApi.Http.Queries;

/// <summary>
/// What a list request asks for, read once for every list endpoint: the format, one page (limit,
/// the cursor's key, the total when asked) or a CSV export of every row. The handler only fetches
/// the rows; <see cref="Respond{T}"/> shapes them.
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

    /// <summary>Reads the request; a cursor not issued for this scope and these filters is recorded as a 400 error.</summary>
    public static ListRequest Read(ParsedQuery query, HttpRequest request, string scope, int keyCount, bool geoJsonAllowed = false)
    {
        Paging.TryReadCursor(query, scope, keyCount, out var cursor);
        var format = ResponseFormats.Negotiate(request, query, geoJsonAllowed);
        var limitGiven = query.Text(QueryParameters.Limit.Name) is not null;
        int? limit = AsksForExport(format, limitGiven, cursor is not null) ? null : query.Integer(QueryParameters.Limit.Name);
        var includeTotal = format == ResponseFormat.Json && query.Declares(QueryParameters.IncludeTotal.Name)
            && query.Boolean(QueryParameters.IncludeTotal.Name);
        return new ListRequest(scope, format, limit, cursor, includeTotal);
    }

    /// <summary>
    /// The page (rows: up to limit + 1, the extra one says another page follows; for an export,
    /// every row) as a JSON page, CSV with a Link to the next page, or GeoJSON.
    /// </summary>
    public IResult Respond<T>(HttpContext http, ParsedQuery query, IReadOnlyList<T> rows, long? total, Func<T, string[]> keyOf,
        IReadOnlyList<CsvColumn<T>> columns, Func<IReadOnlyList<T>, string?, IResult>? geoJson = null)
    {
        var (items, next) = Limit is { } limit ? Paging.Cut(rows, limit, query, Scope, keyOf) : (rows, null);
        return Format switch
        {
            ResponseFormat.Csv => new CsvResult<T>(items.ToAsyncEnumerable(), columns, next is null ? null : Paging.NextPageUrl(http.Request, next)),
            ResponseFormat.GeoJson when geoJson is not null => geoJson(items, next),
            _ => TypedResults.Ok(new Json.PageResponse<T> { Items = items, NextCursor = next, Total = total }),
        };
    }
}
