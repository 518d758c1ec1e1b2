namespace ConflictEventsApi.Tests.Infrastructure;

/// <summary>One request a client generated from the OpenAPI document could make: the operation's path template, filled.</summary>
public sealed record OpenApiRequest(HttpMethod Method, string Url, string? Accept, string PathTemplate)
{
    public override string ToString() => $"{Method} {Url}{(Accept is null ? "" : $" (Accept: {Accept})")}";
}

/// <summary>
/// Every GET operation of the served OpenAPI document (each format is an operation of its own:
/// /events, /events.csv, /events.geojson), with and without limit: enumerated from the document, so
/// an operation added later is covered.
/// </summary>
public static class OpenApiRequests
{
    /// <summary>Every GET operation of the document, its path parameters filled from the data, in each format.</summary>
    public static async Task<List<OpenApiRequest>> EveryRequestAsync(HttpClient client)
    {
        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");
        var requests = new List<OpenApiRequest>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var operation)) continue;
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            var url = await FillPathParametersAsync(client, path.Name, parameters);
            var hasLimit = parameters.Any(parameter => Is(parameter, "query", "limit"));

            // A required query parameter (e.g. /stats/stances' groupBy) gets its example or first allowed value.
            foreach (var required in parameters.Where(IsRequiredQuery))
                url = With(url, $"{required.GetProperty("name").GetString()}={ExampleOf(required)}");

            var variants = new List<string> { url };
            if (hasLimit) variants.Add(With(url, "limit=5"));
            requests.AddRange(variants.Select(variant => new OpenApiRequest(HttpMethod.Get, variant, null, path.Name)));
        }
        return requests;
    }

    public static async Task<string> FillPathParametersAsync(HttpClient client, string template, List<JsonElement> parameters)
    {
        var url = template;
        foreach (var parameter in parameters.Where(parameter => parameter.GetProperty("in").GetString() == "path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var placeholder = "{" + name + "}";
            var listPath = url[..(url.IndexOf(placeholder, StringComparison.Ordinal) - 1)];
            var page = await client.GetJsonAsync(listPath);
            var first = page.ValueKind == JsonValueKind.Array ? page[0] : page.GetProperty("items")[0];
            var value = first.TryGetProperty(name, out var own) && own.ValueKind == JsonValueKind.String ? own
                : first.GetProperty("id");
            url = url.Replace(placeholder, Uri.EscapeDataString(value.GetString()!), StringComparison.Ordinal);
        }
        return url;
    }

    // The document marks some required parameters only in their description ("Required. ...").
    private static bool IsRequiredQuery(JsonElement parameter) =>
        parameter.GetProperty("in").GetString() == "query"
        && ((parameter.TryGetProperty("required", out var required) && required.GetBoolean())
            || (parameter.TryGetProperty("description", out var description)
                && description.GetString()!.StartsWith("Required", StringComparison.Ordinal)));

    private static string ExampleOf(JsonElement parameter) =>
        parameter.TryGetProperty("example", out var example) ? example.ToString()
        : parameter.GetProperty("schema").GetProperty("enum")[0].GetString()!;

    private static bool Is(JsonElement parameter, string location, string name) =>
        parameter.GetProperty("in").GetString() == location && parameter.GetProperty("name").GetString() == name;

    private static string With(string url, string query) => url + (url.Contains('?') ? '&' : '?') + query;
}
