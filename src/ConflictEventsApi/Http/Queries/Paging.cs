using Microsoft.AspNetCore.Http.Extensions;

namespace ConflictEventsApi.Http.Queries;

/// <summary>Keyset paging shared by the list endpoints.</summary>
public static class Paging
{
    /// <summary>Reads ?cursor= for this endpoint and filters; false (and a 400 error) when it was not issued for them.</summary>
    public static bool TryReadCursor(ParsedQuery query, string endpoint, int keyCount, out string[]? keys)
    {
        keys = null;
        if (query.Text(QueryParameters.Cursor.Name) is not { } cursor) return true;
        if (Cursor.TryDecode(cursor, Scope(endpoint, query), keyCount, out var decoded))
        {
            keys = decoded;
            return true;
        }
        query.AddError(QueryParameters.Cursor.Name,
            "'cursor' is not a cursor this endpoint issued for these filters; pass a nextCursor unchanged, with the same filters.");
        return false;
    }

    /// <summary>The items of the page and the cursor after its last item, when more follow.</summary>
    public static (IReadOnlyList<T> Items, string? NextCursor) Cut<T>(IReadOnlyList<T> rowsPlusOne, int limit,
        ParsedQuery query, string endpoint, Func<T, string[]> keyOf)
    {
        if (rowsPlusOne.Count <= limit) return (rowsPlusOne, null);
        var items = rowsPlusOne.Take(limit).ToArray();
        return (items, Cursor.Encode(Scope(endpoint, query), keyOf(items[^1])));
    }

    /// <summary>This request's URL with the cursor replaced (the Link header of a CSV page).</summary>
    public static string NextPageUrl(HttpRequest request, string nextCursor)
    {
        var query = request.Query
            .Where(pair => pair.Key != QueryParameters.Cursor.Name)
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>(QueryParameters.Cursor.Name, nextCursor));
        return request.PathBase + request.Path + QueryString.Create(query);
    }

    private static string Scope(string endpoint, ParsedQuery query) => $"{endpoint}?{query.FilterScope}";
}
