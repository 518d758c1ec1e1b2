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
        var requests = await OpenApiRequests.EveryRequestAsync(_client);
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
        foreach (var request in await OpenApiRequests.EveryRequestAsync(_client))
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
    [InlineData("/stances.csv?limit=5&track=geneva")]
    [InlineData("/actors.csv")]
    [InlineData("/meta")]
    public async Task HeadOfARepeatedReadHasTheHeadersOfTheGetAndNoBody(string url)
    {
        var get = await SendAsync(new OpenApiRequest(HttpMethod.Get, url, null, url));
        var head = await SendAsync(new OpenApiRequest(HttpMethod.Head, url, null, url));
        var headAgain = await SendAsync(new OpenApiRequest(HttpMethod.Head, url, null, url));
        var getAgain = await SendAsync(new OpenApiRequest(HttpMethod.Get, url, null, url));

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

    private async Task<Probe> SendAsync(OpenApiRequest request)
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

    private sealed record Probe(HttpStatusCode Status, byte[] Body, Dictionary<string, string> Headers)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }
}
