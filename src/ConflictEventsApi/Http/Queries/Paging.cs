using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ConflictEventsApi.Http.Requests;

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

    /// <summary>Whether the request is a CSV export (asked by the output cache before the query is checked).</summary>
    public static bool AsksForExport(HttpRequest request) =>
        AsksForExport(FormatOf(request), request.Query.ContainsKey(QueryParameters.Limit.Name), request.Query.ContainsKey(QueryParameters.Cursor.Name));

    /// <summary>The format an operation serves, from its path: GET /events.csv is CSV, /events.geojson GeoJSON, the rest JSON.</summary>
    public static ResponseFormat FormatOf(HttpRequest request) =>
        request.Path.Value?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true ? ResponseFormat.Csv
        : request.Path.Value?.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) == true ? ResponseFormat.GeoJson
        : ResponseFormat.Json;

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
        var format = FormatOf(http.Request);
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

/// <summary>Keyset paging shared by the list endpoints.</summary>
public static class Paging
{
    /// <summary>This request's URL with the cursor replaced (the Link header of a CSV page).</summary>
    public static string NextPageUrl(HttpRequest request, string nextCursor)
    {
        var query = request.Query
            .Where(pair => pair.Key != QueryParameters.Cursor.Name)
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>(QueryParameters.Cursor.Name, nextCursor));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}

/// <summary>The paging parameters' names and limits, shared by every list (declared on <see cref="Requests.PagedRequest"/>).</summary>
public static class QueryParameters
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static readonly QueryParameter Limit = new("limit", QueryParameterType.Integer, "") { Minimum = 1, Maximum = MaxLimit, Default = DefaultLimit };
    public static readonly QueryParameter Cursor = new("cursor", QueryParameterType.Text, "");
    public static readonly QueryParameter IncludeTotal = new("includeTotal", QueryParameterType.Boolean, "");
    public static readonly QueryParameter Format = new("format", QueryParameterType.Choice, "") { AllowedValues = ["json", "csv", "geojson"] };
}

/// <summary>
/// Opaque keyset cursors: the sort key of the last item of a page, bound to the endpoint and
/// filters it was issued for and signed, so a tampered or transplanted cursor is a 400, not a
/// wrong page. Not a secret: the signature only detects changes.
/// </summary>
public static class Cursor
{
    private static readonly byte[] SigningKey = "conflict-events-api/cursor/v1"u8.ToArray();
    private const char Separator = '\u001f';

    public static string Encode(string scope, params string[] keys)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join(Separator, keys));
        var signature = Sign(scope, payload);
        return Base64Url.EncodeToString([.. signature, .. payload]);
    }

    public static bool TryDecode(string cursor, string scope, out string[] keys)
    {
        keys = [];
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }
        const int signatureLength = 16;
        if (bytes.Length <= signatureLength) return false;
        var payload = bytes.AsSpan(signatureLength);
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(0, signatureLength), Sign(scope, payload)))
            return false;
        keys = Encoding.UTF8.GetString(payload).Split(Separator);
        return true;
    }

    private static byte[] Sign(string scope, ReadOnlySpan<byte> payload)
    {
        var scopeBytes = Encoding.UTF8.GetBytes(scope);
        byte[] message = [.. scopeBytes, 0, .. payload];
        var signed = HMACSHA256.HashData(SigningKey, message);
        return signed[..16];
    }
}

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

/// <summary>A page of a list: its items, the cursor of the next page, and the total when asked for.</summary>
public sealed record PageResponse<T>
{
    /// <summary>The items of this page, in the list's stable order.</summary>
    public required IReadOnlyList<T> Items { get; init; }

    /// <summary>Pass as cursor, with the same filters, to get the next page; null on the last page.</summary>
    public required string? NextCursor { get; init; }

    /// <summary>The exact number of items matching the filters; present only with includeTotal=true.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public long? Total { get; init; }
}
