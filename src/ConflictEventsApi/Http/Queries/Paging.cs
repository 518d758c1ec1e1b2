namespace ConflictEventsApi.Http.Queries;

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
