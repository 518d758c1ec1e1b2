using System.Text.Json.Nodes;
using Json.Schema;

namespace ConflictEventsApi.Tests.OpenApi;

/// <summary>
/// The served document against the served responses: every operation's 200 carries a schema,
/// every format a request can get is listed in that 200, and a real response of every operation in
/// every format validates against the document's schema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
/// </summary>
public sealed class ContractTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] ProbedTypes = ["application/json", "text/csv", "application/geo+json"];
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TheDocumentIsOpenApi31AndEveryOkResponseHasASchemaAndItsHeaders()
    {
        var document = await _client.GetJsonAsync("/swagger/v1/swagger.json");
        var failures = new List<string>();

        document.GetProperty("openapi").GetString().Should().StartWith("3.1");
        foreach (var (where, operation) in Operations(document))
        {
            if (!operation.GetProperty("responses").TryGetProperty("200", out var ok)
                || !ok.TryGetProperty("content", out var content) || !content.EnumerateObject().Any())
            {
                failures.Add($"{where}: no 200 content");
                continue;
            }
            foreach (var mediaType in content.EnumerateObject())
                if (!mediaType.Value.TryGetProperty("schema", out var schema)
                    || !(schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("type", out _) || schema.TryGetProperty("allOf", out _)))
                    failures.Add($"{where}: {mediaType.Name} has no schema");
            if (!where.Contains("/health", StringComparison.Ordinal))
                foreach (var header in new[] { "ETag", "Cache-Control", "X-Dataset-Version" })
                    if (!ok.TryGetProperty("headers", out var headers) || !headers.TryGetProperty(header, out _))
                        failures.Add($"{where}: 200 does not document {header}");
        }

        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task EveryFormatAnOperationServesIsDocumentedAndEveryResponseMatchesItsSchema()
    {
        var document = await _client.GetJsonAsync("/swagger/v1/swagger.json");
        var definitions = Definitions(document);
        var failures = new List<string>();
        var checkedResponses = 0;

        // The document's own format variants, and each operation asked for every type by Accept alone.
        var requests = (await OpenApiRequests.EveryRequestAsync(_client))
            .Concat((await OpenApiRequests.EveryRequestAsync(_client))
                .Where(request => request.Accept is null)
                .SelectMany(request => ProbedTypes.Select(type => request with { Accept = type })))
            .Distinct().ToList();
        foreach (var request in requests)
        {
            using var message = new HttpRequestMessage(request.Method, request.Url);
            if (request.Accept is not null) message.Headers.TryAddWithoutValidation("Accept", request.Accept);
            using var response = await _client.SendAsync(message, TestContext.Current.CancellationToken);
            var documentedTypes = document.GetProperty("paths").GetProperty(request.PathTemplate).GetProperty("get")
                .GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(type => type.Name).ToList();
            if (response.StatusCode == HttpStatusCode.BadRequest && request.Accept is { } asked && !documentedTypes.Contains(asked))
            {
                // One media type per operation: asking a JSON operation for CSV names the operation that serves it.
                var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("detail").GetString()!;
                if (!detail.Contains("GET /", StringComparison.Ordinal)) failures.Add($"{request}: 400 names no operation: {detail}");
                continue;
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{request}: {(int)response.StatusCode}");
                continue;
            }
            var mediaType = response.Content.Headers.ContentType!.MediaType!;
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var ok = document.GetProperty("paths").GetProperty(request.PathTemplate).GetProperty("get").GetProperty("responses").GetProperty("200");
            if (!ok.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var documented))
            {
                failures.Add($"{request}: serves {mediaType}, which its 200 does not list");
                continue;
            }
            checkedResponses++;
            var schema = documented.GetProperty("schema");
            if (mediaType == "text/csv")
            {
                var header = Csv.Records(body)[0];
                var description = schema.GetProperty("description").GetString()!;
                foreach (var column in header)
                    if (!description.Contains(column, StringComparison.Ordinal))
                        failures.Add($"{request}: CSV column {column} is not among the documented columns");
                continue;
            }
            var result = SchemaFor(schema, definitions).Evaluate(JsonDocument.Parse(body).RootElement,
                new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
                failures.Add($"{request}: does not match its schema: " + string.Join("; ", (result.Details ?? [])
                    .Where(detail => detail.Errors is { Count: > 0 })
                    .Take(5)
                    .Select(detail => $"{detail.InstanceLocation}: {string.Join(", ", detail.Errors!.Values)}")));
        }

        checkedResponses.Should().BeGreaterThan(40);
        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<(string Where, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path =>
            path.Value.EnumerateObject().Select(operation => ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)));

    /// <summary>The document's component schemas as JSON Schema $defs, their references rewritten to match.</summary>
    private static JsonObject Definitions(JsonElement document) =>
        (JsonObject)JsonNode.Parse(Rewrite(document.GetProperty("components").GetProperty("schemas").GetRawText()))!;

    private static int _schemas;

    private static JsonSchema SchemaFor(JsonElement schema, JsonObject definitions)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://contract.test/schema/{Interlocked.Increment(ref _schemas)}",
            ["$defs"] = definitions.DeepClone(),
            ["allOf"] = new JsonArray(JsonNode.Parse(Rewrite(schema.GetRawText()))),
        };
        return JsonSchema.FromText(root.ToJsonString());
    }

    private static string Rewrite(string json) => json.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
}
