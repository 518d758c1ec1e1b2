using System.Collections.Concurrent;
using System.Net.Sockets;

namespace ConflictEventsApi.Tests.Telemetry;

/// <summary>
/// OTLP export turns on with the standard OTEL_EXPORTER_OTLP_ENDPOINT: a real process sends its
/// metrics and spans to a stand-in collector (OTLP over HTTP, protobuf) on loopback.
/// </summary>
public sealed class OtlpExportTests(PostgresServer server)
{
    [Fact]
    public async Task WithTheStandardEndpointSetMetricsAndSpansAreExportedOverOtlp()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var collector = new StandInCollector();
        var database = await server.CreateMigratedDatabaseAsync();
        await using var api = await ApiProcess.StartAsync(server.ReaderConnectionString(database), server.OwnerConnectionString(database),
            new Dictionary<string, string>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            });
        using var client = api.CreateClient();

        (await client.GetAsync("/tracks", cancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        for (var attempt = 0; attempt < 100 && !(collector.Received("/v1/traces") && collector.Received("/v1/metrics")); attempt++)
            await Task.Delay(100, cancellationToken);

        collector.Paths.Should().Contain("/v1/traces").And.Contain("/v1/metrics");
    }

    /// <summary>Answers every POST with 200 and records its path: enough for an OTLP/HTTP exporter.</summary>
    private sealed class StandInCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<string> _paths = new();

        public StandInCollector()
        {
            Address = $"http://127.0.0.1:{FreePort()}";
            _listener.Prefixes.Add(Address + "/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Address { get; }

        public IReadOnlyCollection<string> Paths => _paths.ToArray();

        public bool Received(string path) => _paths.Contains(path);

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) when (!_listener.IsListening) { return; }
                catch (HttpListenerException) { return; }
                _paths.Enqueue(context.Request.Url!.AbsolutePath);
                await context.Request.InputStream.CopyToAsync(Stream.Null);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
