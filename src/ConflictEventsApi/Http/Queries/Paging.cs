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

    /// <summary>Rows per statement of a CSV export (<see cref="StreamInBatchesAsync"/>).</summary>
    public const int ExportBatchSize = 2000;

    /// <summary>
    /// Every row of a list, read by its own keyset query in batches (CSV exports). One statement
    /// over a whole track made PostgreSQL sort it (1.5 s and a disk sort for 100k rows at 1M
    /// events, past the read-only role's 5 s statement timeout under load); each batch is an index
    /// range scan, so the first row comes at once and memory stays flat at any size.
    /// </summary>
    /// <param name="page">The rows after a key (null: from the start), at most limit + 1 of them.</param>
    /// <param name="keyOf">The key of a row, to ask for the rows after it.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async IAsyncEnumerable<T> StreamInBatchesAsync<T, TKey>(
        Func<TKey?, int, CancellationToken, Task<IReadOnlyList<T>>> page, Func<T, TKey> keyOf,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        where TKey : class
    {
        TKey? after = null;
        while (true)
        {
            var rows = await page(after, ExportBatchSize - 1, cancellationToken);
            foreach (var row in rows) yield return row;
            if (rows.Count < ExportBatchSize) yield break;
            after = keyOf(rows[^1]);
        }
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
