namespace ConflictEventsApi.Tests.Reliability;

/// <summary>
/// Thousands of generated hostile requests against every GET operation the OpenAPI document
/// lists (so a new endpoint is covered without touching this test): never a 5xx, every 4xx a
/// problem document, every 2xx a well-formed body, and the data unchanged afterwards.
/// </summary>
public sealed class HostileInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    public const int Seed = 20_260_523;
    public const int CasesPerOperation = 250;

    [Fact]
    public async Task HostileRequestsToEveryEndpointNeverCauseA5xxOrChangeTheData()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = api.CreateClient();
        var checksumBefore = await DatabaseChecksum.OfAsync(api.OwnerConnectionString);
        var operations = await GetOperationsAsync(client);
        var cursors = await RealCursorsAsync(client);
        var requests = new HostileRequests(new Random(Seed), cursors);
        var failures = new List<string>();
        var cases = 0;

        foreach (var (path, parameters) in operations)
        {
            for (var i = 0; i < CasesPerOperation; i++, cases++)
            {
                using var request = requests.Next(path, parameters);
                var description = $"case {cases} (seed {Seed}): GET {request.RequestUri} Accept: {request.Headers.Accept}";
                using var response = await client.SendAsync(request, cancellationToken);
                if (await CheckAsync(response) is { } failure) failures.Add($"{description} -> {failure}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{cases} hostile requests over {operations.Count} operations, seed {Seed}");
        operations.Should().HaveCountGreaterThan(10);
        failures.Should().BeEmpty(string.Join('\n', failures.Take(10)));
        (await DatabaseChecksum.OfAsync(api.OwnerConnectionString)).Should().Equal(checksumBefore);
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (status >= 500) return $"{status}: {body}";
        if (status is 304) return null;
        if (status is >= 400 and < 500)
        {
            if (mediaType != "application/problem+json") return $"{status} as {mediaType}";
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.GetProperty("status").GetInt32() == status ? null : $"problem status differs from {status}";
        }
        if (status is not (>= 200 and < 300)) return $"unexpected {status}";
        try
        {
            if (mediaType is "application/json" or "application/geo+json") JsonDocument.Parse(body).Dispose();
            else if (mediaType != "text/csv") return $"200 as {mediaType}";
            return null;
        }
        catch (JsonException exception)
        {
            return $"200 with malformed JSON: {exception.Message}";
        }
    }

    private static async Task<List<(string Path, IReadOnlyList<(string Name, string In, IReadOnlyList<string> Enum)> Parameters)>> GetOperationsAsync(HttpClient client)
    {
        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");
        return document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty("get", out _))
            .Select(path => (path.Name, (IReadOnlyList<(string, string, IReadOnlyList<string>)>)(
                path.Value.GetProperty("get").TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Select(parameter => (
                        parameter.GetProperty("name").GetString()!,
                        parameter.GetProperty("in").GetString()!,
                        (IReadOnlyList<string>)(parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("enum", out var values)
                            ? values.EnumerateArray().Select(value => value.ToString()).ToList()
                            : []))).ToList()
                    : [])))
            .ToList();
    }

    /// <summary>Genuine cursors from the first page of each paged list, for the generator to forge.</summary>
    private static async Task<List<string>> RealCursorsAsync(HttpClient client)
    {
        var cursors = new List<string>();
        foreach (var list in new[] { "/events?limit=1", "/actors?limit=1", "/stances?limit=1", "/sources?limit=1", "/claims?limit=1" })
            if ((await client.GetJsonAsync(list)).GetProperty("nextCursor").GetString() is { } cursor) cursors.Add(cursor);
        return cursors;
    }
}
