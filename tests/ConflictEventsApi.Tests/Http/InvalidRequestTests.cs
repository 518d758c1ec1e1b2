namespace ConflictEventsApi.Tests.Http;

/// <summary>
/// Every query parameter of every operation of the served OpenAPI document, broken one at a time
/// (a value outside its enum or range, a malformed date or boolean, an id that names nothing, text
/// over its length, a forged cursor), and an unknown parameter on every operation: each is a 400
/// problem naming the parameter. Generated from the document, so an operation or parameter added
/// later is covered, and a handler cannot skip the check: validation runs before any handler.
/// </summary>
public sealed class InvalidRequestTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    /// <summary>Signed with a key of our own, so the signature cannot match: base64url of 16 + 12 bytes.</summary>
    private const string ForgedCursor = "AAECAwQFBgcICQoLDA0ODzIwMTgtMDEtMDEfYQ";

    [Fact]
    public async Task EveryBrokenParameterOfEveryOperationIsA400NamingIt()
    {
        var document = await _client.GetJsonAsync("/swagger/v1/swagger.json");
        var failures = new List<string>();
        var probes = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (path.Name.StartsWith("/health", StringComparison.Ordinal) || !path.Value.TryGetProperty("get", out var operation)) continue;
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            var url = await OpenApiRequests.FillPathParametersAsync(_client, path.Name, parameters);
            var required = parameters.Where(IsQuery).Where(IsRequired)
                .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("example").ToString());

            foreach (var parameter in parameters.Where(IsQuery).Append(UnknownParameter))
            {
                var name = parameter.GetProperty("name").GetString()!;
                if (BrokenValue(name, parameter) is not { } broken)
                {
                    failures.Add($"GET {path.Name}: no way to break '{name}' from its schema");
                    continue;
                }
                var query = required.Where(pair => pair.Key != name).Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}")
                    .Append($"{name}={Uri.EscapeDataString(broken)}");
                var request = $"{url}?{string.Join('&', query)}";
                probes++;
                using var response = await _client.GetAsync(request, TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"GET {request}: {(int)response.StatusCode}, not 400");
                    continue;
                }
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || !problem.GetProperty("errors").TryGetProperty(name, out _))
                    failures.Add($"GET {request}: the 400 does not name '{name}': {problem.GetRawText()}");
            }
        }

        probes.Should().BeGreaterThan(100);
        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static readonly JsonElement UnknownParameter =
        JsonDocument.Parse("""{"name":"noSuchParameter","in":"query","schema":{"type":"string"}}""").RootElement;

    /// <summary>A value the parameter's schema (or, for ids, the data) rules out.</summary>
    private static string? BrokenValue(string name, JsonElement parameter)
    {
        if (name == "noSuchParameter") return "1";
        if (name == "cursor") return ForgedCursor;
        var schema = parameter.GetProperty("schema");
        if (schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("enum", out _)) return "not-a-value";
        if (!schema.TryGetProperty("type", out var type)) return null;
        return type.GetString() switch
        {
            "array" => "not-a-value",  // an enum item, or an id that names nothing
            "integer" => schema.TryGetProperty("maximum", out var maximum) ? (maximum.GetInt32() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "x",
            "boolean" => "maybe",
            "string" when schema.TryGetProperty("format", out var format) && format.GetString() == "date" => "2018-02-30",
            "string" when schema.TryGetProperty("maxLength", out var length) => new string('x', length.GetInt32() + 1),
            _ => null,
        };
    }

    private static bool IsQuery(JsonElement parameter) => parameter.GetProperty("in").GetString() == "query";

    private static bool IsRequired(JsonElement parameter) =>
        (parameter.TryGetProperty("required", out var required) && required.GetBoolean())
        || (parameter.TryGetProperty("description", out var description) && description.GetString()!.StartsWith("Required", StringComparison.Ordinal));
}
