namespace ConflictEventsApi.Tests.Caching;

/// <summary>
/// Every GET operation of the served OpenAPI document, in every format it serves, asked three
/// times: the repeats (output-cache hits where the response is cacheable) must be byte-for-byte
/// the miss, with the same headers. Enumerated from the document, so an operation added later is
/// covered without touching this test.
/// </summary>
public sealed class RepeatedResponsesTests(OutputCacheApiFactory api) : IClassFixture<OutputCacheApiFactory>
{
    private static readonly string[] ComparedHeaders =
        ["Content-Type", "ETag", "Link", "X-Dataset-Version", "Cache-Control", "Vary", "Content-Disposition"];

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EveryOperationInEveryFormatIsServedIdenticallyOnRepeats()
    {
        var requests = await EveryRequestAsync();
        var failures = new List<string>();

        foreach (var request in requests)
        {
            var first = await SendAsync(request);
            if (first.Status != HttpStatusCode.OK)
            {
                failures.Add($"{request}: {(int)first.Status} on the first request");
                continue;
            }
            if (first.Body.Length == 0) failures.Add($"{request}: empty body on the first request");
            for (var repeat = 2; repeat <= 3; repeat++)
            {
                var again = await SendAsync(request);
                if (again.Status != first.Status) failures.Add($"{request} #{repeat}: status {(int)again.Status}, first {(int)first.Status}");
                if (!again.Body.AsSpan().SequenceEqual(first.Body))
                    failures.Add($"{request} #{repeat}: body of {again.Body.Length} bytes, first {first.Body.Length}");
                foreach (var header in ComparedHeaders)
                    if (again.Header(header) != first.Header(header))
                        failures.Add($"{request} #{repeat}: {header} '{again.Header(header)}', first '{first.Header(header)}'");
            }
        }

        requests.Should().HaveCountGreaterThan(30);
        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task HeadAnswersEveryGetOperationWithItsHeadersAndNoBody()
    {
        var failures = new List<string>();
        foreach (var request in await EveryRequestAsync())
        {
            var get = await SendAsync(request);
            var head = await SendAsync(request with { Method = HttpMethod.Head });
            if (head.Status != get.Status) failures.Add($"HEAD {request}: {(int)head.Status}, GET {(int)get.Status}");
            if (head.Body.Length != 0) failures.Add($"HEAD {request}: a body of {head.Body.Length} bytes");
            foreach (var header in ComparedHeaders)
                if (head.Header(header) != get.Header(header))
                    failures.Add($"HEAD {request}: {header} '{head.Header(header)}', GET '{get.Header(header)}'");
        }

        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("/events?track=sochi")]
    [InlineData("/stances?format=csv&limit=5&track=geneva")]
    [InlineData("/actors?format=csv")]
    [InlineData("/meta")]
    public async Task HeadOfARepeatedReadHasTheHeadersOfTheGetAndNoBody(string url)
    {
        var get = await SendAsync(new ProbeRequest(HttpMethod.Get, url, null));
        var head = await SendAsync(new ProbeRequest(HttpMethod.Head, url, null));
        var headAgain = await SendAsync(new ProbeRequest(HttpMethod.Head, url, null));
        var getAgain = await SendAsync(new ProbeRequest(HttpMethod.Get, url, null));

        get.Status.Should().Be(HttpStatusCode.OK);
        get.Body.Should().NotBeEmpty();
        foreach (var response in new[] { head, headAgain })
        {
            response.Status.Should().Be(HttpStatusCode.OK);
            response.Body.Should().BeEmpty();
            foreach (var header in ComparedHeaders) response.Header(header).Should().Be(get.Header(header), header);
        }
        getAgain.Body.Should().Equal(get.Body, "a HEAD must not leave an empty entry in the cache");
    }

    /// <summary>Every GET operation of the document, its path parameters filled from the data, in each format.</summary>
    private async Task<List<ProbeRequest>> EveryRequestAsync()
    {
        var document = await _client.GetJsonAsync("/swagger/v1/swagger.json");
        var requests = new List<ProbeRequest>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var operation)) continue;
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            var url = await FillPathParametersAsync(path.Name, parameters);
            var hasLimit = parameters.Any(parameter => Is(parameter, "query", "limit"));
            var formats = parameters.FirstOrDefault(parameter => Is(parameter, "query", "format")) is { ValueKind: JsonValueKind.Object } format
                && format.GetProperty("schema").TryGetProperty("enum", out var values)
                ? values.EnumerateArray().Select(value => value.GetString()!).ToList()
                : [];

            // A required query parameter (e.g. /stats/stances' groupBy) gets its example or first allowed value.
            foreach (var required in parameters.Where(IsRequiredQuery))
                url = With(url, $"{required.GetProperty("name").GetString()}={ExampleOf(required)}");

            var variants = new List<string> { url };
            if (hasLimit) variants.Add(With(url, "limit=5"));
            foreach (var variant in variants)
            {
                requests.Add(new ProbeRequest(HttpMethod.Get, variant, null));
                if (formats.Contains("csv"))
                {
                    requests.Add(new ProbeRequest(HttpMethod.Get, With(variant, "format=csv"), null));
                    requests.Add(new ProbeRequest(HttpMethod.Get, variant, "text/csv"));
                }
                if (formats.Contains("geojson"))
                {
                    requests.Add(new ProbeRequest(HttpMethod.Get, With(variant, "format=geojson"), null));
                    requests.Add(new ProbeRequest(HttpMethod.Get, variant, "application/geo+json"));
                }
            }
        }
        return requests;
    }

    private async Task<string> FillPathParametersAsync(string template, List<JsonElement> parameters)
    {
        var url = template;
        foreach (var parameter in parameters.Where(parameter => parameter.GetProperty("in").GetString() == "path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var placeholder = "{" + name + "}";
            var listPath = url[..(url.IndexOf(placeholder, StringComparison.Ordinal) - 1)];
            var page = await _client.GetJsonAsync(listPath);
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

    private async Task<Probe> SendAsync(ProbeRequest request)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var message = new HttpRequestMessage(request.Method, request.Url);
        if (request.Accept is not null) message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        using var response = await _client.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase);
        return new Probe(response.StatusCode, body, headers);
    }

    private sealed record ProbeRequest(HttpMethod Method, string Url, string? Accept)
    {
        public override string ToString() => $"{Method} {Url}{(Accept is null ? "" : $" (Accept: {Accept})")}";
    }

    private sealed record Probe(HttpStatusCode Status, byte[] Body, Dictionary<string, string> Headers)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }
}
