using System.Diagnostics;
using System.Net.Sockets;

namespace ConflictEventsApi.Tests.Infrastructure;

/// <summary>
/// The built app as a real process on Kestrel (what WebApplicationFactory cannot show: signals,
/// Kestrel's limits and headers), on a free port, against a test database. Killed on dispose
/// if it is still running.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ApiProcess(Process process, Uri baseAddress, Uri managementAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        ManagementAddress = managementAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Where the process serves /metrics (a free port of its own, so processes can run side by side).</summary>
    public Uri ManagementAddress { get; }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public int ExitCode => _process.ExitCode;

    public string Output { get { lock (_output) return string.Join('\n', _output.TakeLast(40)); } }

    /// <summary>Every line written so far that contains the text.</summary>
    public IReadOnlyList<string> OutputLinesContaining(string text)
    {
        lock (_output) return _output.Where(line => line.Contains(text, StringComparison.Ordinal)).ToList();
    }

    public static Task<ApiProcess> StartAsync(PostgresServer server, string database) =>
        StartAsync(server.ReaderConnectionString(database), server.OwnerConnectionString(database));

    /// <summary>The app on the given connections, with extra settings as environment variables (Section__Key).</summary>
    public static async Task<ApiProcess> StartAsync(string readerConnectionString, string ownerConnectionString,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var managementAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ConflictEventsApi.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = baseAddress.ToString(),
                ["Telemetry__ManagementUrl"] = managementAddress.ToString(),
                ["ConnectionStrings__Events"] = readerConnectionString,
                ["ConnectionStrings__EventsOwner"] = ownerConnectionString,
                ["Database__MigrateOnStartup"] = "false",
            },
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var api = new ApiProcess(process, baseAddress, managementAddress);
        process.OutputDataReceived += (_, line) => api.Record(line.Data);
        process.ErrorDataReceived += (_, line) => api.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await api.WaitUntilLiveAsync();
        }
        catch
        {
            // Nobody holds the process yet to dispose it: a failed start must not leave it running.
            await api.DisposeAsync();
            throw;
        }
        return api;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>What an orchestrator sends to stop a container (Process.Kill would be SIGKILL).</summary>
    public async Task SendSigtermAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The API exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"The API did not answer /health/live within 30 s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
