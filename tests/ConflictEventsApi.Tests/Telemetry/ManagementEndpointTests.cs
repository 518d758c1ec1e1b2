namespace ConflictEventsApi.Tests.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint lives on the management address only (a listener of its own, on
/// a real Kestrel process): the public address answers /metrics with the API's 404 problem, and the
/// management address serves /metrics and nothing else.
/// </summary>
public sealed class ManagementEndpointTests(PostgresServer server) : IAsyncLifetime
{
    private ApiProcess? _api;

    private ApiProcess Api => _api ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => _api = await ApiProcess.StartAsync(server, await server.CreateMigratedDatabaseAsync());

    public async ValueTask DisposeAsync()
    {
        if (_api is not null) await _api.DisposeAsync();
    }

    [Fact]
    public async Task ThePublicAddressDoesNotServeTheScrapeEndpoint()
    {
        using var client = Api.CreateClient();

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheManagementAddressServesMetricsAndNotTheApi()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var management = new HttpClient { BaseAddress = Api.ManagementAddress };

        using var metrics = await management.GetAsync("/metrics", cancellationToken);
        using var events = await management.GetAsync("/events", cancellationToken);

        metrics.StatusCode.Should().Be(HttpStatusCode.OK);
        metrics.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await metrics.Content.ReadAsStringAsync(cancellationToken)).Should().Contain("# TYPE ");
        events.StatusCode.Should().Be(HttpStatusCode.NotFound, "the management address serves /metrics and nothing else");
    }

    [Fact]
    public async Task TheExpositionHasTheRequestsTheCacheThePoolTheRuntimeAndTheDatasetVersion()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = Api.CreateClient();
        using var management = new HttpClient { BaseAddress = Api.ManagementAddress };
        // A miss, then hits: the first fills the output cache, the next two are served from it.
        for (var i = 0; i < 3; i++) (await client.GetAsync("/tracks", cancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        var version = (await client.GetFromJsonAsync<JsonElement>("/meta", cancellationToken)).GetProperty("datasetVersion").GetString();

        var exposition = await Scrape.UntilAsync(management, text => text.Contains("conflict_events_output_cache_lookups_total", StringComparison.Ordinal), cancellationToken);

        exposition.Should().MatchRegex(@"http_server_request_duration_seconds_bucket\{[^}]*http_route=""/tracks""");
        Scrape.Value(exposition, "conflict_events_output_cache_lookups_total", "result=\"hit\"").Should().BeGreaterThanOrEqualTo(2);
        Scrape.Value(exposition, "conflict_events_output_cache_lookups_total", "result=\"miss\"").Should().BeGreaterThanOrEqualTo(1);
        Scrape.Value(exposition, "conflict_events_dataset_info", $"version=\"{version}\"").Should().Be(1);
        exposition.Should().Contain("db_client_connections{").And.Contain("db_client_operation_duration_seconds_bucket");
        exposition.Split('\n').Where(line => line.StartsWith("# TYPE ", StringComparison.Ordinal) && line.EndsWith(" gauge", StringComparison.Ordinal)
                && line.Split(' ')[2].EndsWith("_count", StringComparison.Ordinal))
            .Should().BeEmpty("Prometheus keeps _count for histograms, and promtool check metrics reports a gauge named so");
        exposition.Should().Contain("dotnet_gc_collections_total").And.Contain("kestrel_active_connections");
        // A scrape is a 200 that matches no route: none is counted among the API's requests.
        exposition.Split('\n').Where(line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
                && line.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(line => line.Contains("http_route=", StringComparison.Ordinal), "scrapes are not counted as API requests");
    }
}
