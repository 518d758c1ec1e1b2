using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace ConflictEventsApi.Hosting;

/// <summary>
/// A private PostgreSQL server owned by this process, run from the machine's installed server
/// binaries: initdb once into <see cref="LocalPostgresOptions.RootDirectory"/>, start on a free
/// 127.0.0.1 port, stop on dispose. Used by the local default and by the tests; never on the
/// request path.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private readonly LocalPostgresOptions _options;
    private readonly Action<string> _log;
    private readonly string _binDirectory;
    private readonly string? _runAsUser;

    private LocalPostgres(LocalPostgresOptions options, Action<string> log, string binDirectory, string? runAsUser)
    {
        _options = options;
        _log = log;
        _binDirectory = binDirectory;
        _runAsUser = runAsUser;
    }

    public int Port { get; private set; }

    public bool IsRunning { get; private set; }

    /// <summary>The superuser password, generated at initdb and kept beside the data folder.</summary>
    public string Password { get; private set; } = "";

    private string DataDirectory => Path.Combine(_options.RootDirectory, "data");
    private string LogFile => Path.Combine(_options.RootDirectory, "postgres.log");
    private string PasswordFile => Path.Combine(_options.RootDirectory, "superuser.password");
    // The process that started the running server, so another one (`migrate`, `curate`) shares it
    // instead of stopping it as a leftover.
    private string OwnerFile => Path.Combine(_options.RootDirectory, "owner.pid");

    /// <summary>True when this instance uses a server another live process started: it never stops it.</summary>
    public bool IsShared { get; private set; }

    public string ConnectionString(string database, string? username = null, string? password = null) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Database = database,
            Username = username ?? SuperUser,
            Password = password ?? Password,
        }.ConnectionString;

    public static async Task<LocalPostgres> StartAsync(
        LocalPostgresOptions options, Action<string> log, CancellationToken cancellationToken = default)
    {
        var binDirectory = FindBinDirectory(options.BinDirectory) ?? throw new LocalPostgresException(
            "No PostgreSQL server binaries (initdb, pg_ctl) were found on PATH or under /usr/lib/postgresql/*/bin. " +
            "Install PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql), set LocalDatabase__BinDirectory, " +
            "set ConnectionStrings__Events to an existing database, or run the stack with 'docker compose up'.");
        // initdb refuses to run as root, so as root the server runs as an unprivileged OS user.
        var runAsUser = IsRoot() ? options.OsUser : null;
        var server = new LocalPostgres(options, log, binDirectory, runAsUser);
        await server.InitialiseAsync(cancellationToken);
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the server again after <see cref="StopAsync(CancellationToken)"/>, on the same port.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning || IsShared) return;
        if (await ShareRunningServerAsync(cancellationToken)) return;
        await StopLeftoverServerAsync(cancellationToken);
        var keepPort = Port != 0;
        for (var attempt = 1; ; attempt++)
        {
            if (!keepPort) Port = FreePort();
            var logLengthBefore = File.Exists(LogFile) ? new FileInfo(LogFile).Length : 0;
            var result = await RunAsync("pg_ctl", cancellationToken,
                "start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile,
                // TCP on 127.0.0.1 only, no Unix socket: a deep data folder would exceed the
                // 107-byte socket path limit.
                "-o", $"-p {Port} -h 127.0.0.1 -k ''");
            if (result.ExitCode == 0)
            {
                IsRunning = true;
                await File.WriteAllTextAsync(OwnerFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);
                _log($"PostgreSQL started on 127.0.0.1:{Port} (data in {DataDirectory})");
                return;
            }
            var serverLog = ReadLogFrom(logLengthBefore);
            if (attempt < 3 && serverLog.Contains("could not bind", StringComparison.OrdinalIgnoreCase) && !keepPort)
                continue;
            throw new LocalPostgresException(
                $"pg_ctl start failed (exit {result.ExitCode}): {result.Output.Trim()} {serverLog.Trim()}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => StopAsync("fast", cancellationToken);

    /// <summary>Stops the server: "fast", or "immediate" (a crash, as after a power cut: recovery at the next start).</summary>
    public async Task StopAsync(string mode, CancellationToken cancellationToken)
    {
        if (!IsRunning) return;
        IsRunning = false;
        File.Delete(OwnerFile);
        var result = await RunAsync("pg_ctl", cancellationToken, "stop", "-w", "-t", "30", "-m", mode, "-D", DataDirectory);
        // A Ctrl-C in a terminal reaches the server's process group too; it may be gone already.
        if (result.ExitCode != 0 && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            throw new LocalPostgresException($"pg_ctl stop failed (exit {result.ExitCode}): {result.Output.Trim()}");
        _log("PostgreSQL stopped");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_options.DeleteOnDispose && Directory.Exists(_options.RootDirectory))
            Directory.Delete(_options.RootDirectory, recursive: true);
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_options.RootDirectory);
        if (_runAsUser is not null)
            await RunToolAsync("chown", cancellationToken, $"{_runAsUser}:", _options.RootDirectory);
        RestrictToOwner(_options.RootDirectory, UnixFileMode.UserExecute);

        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            Password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
            return;
        }

        _log($"Creating a PostgreSQL cluster in {DataDirectory}");
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await File.WriteAllTextAsync(PasswordFile, Password, cancellationToken);
        RestrictToOwner(PasswordFile);
        if (_runAsUser is not null)
            await RunToolAsync("chown", cancellationToken, $"{_runAsUser}:", PasswordFile);

        var result = await RunAsync("initdb", cancellationToken,
            "-D", DataDirectory, "-U", SuperUser, "--pwfile", PasswordFile,
            "-A", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8", "--no-instructions");
        if (result.ExitCode != 0)
        {
            if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
            throw new LocalPostgresException(
                $"initdb failed (exit {result.ExitCode}): {result.Output.Trim()} " +
                (_runAsUser is null ? "" : $"Every folder above {_options.RootDirectory} must be enterable by the OS user '{_runAsUser}'."));
        }
    }

    /// <summary>
    /// A server started by another process that is still alive (the API, while `migrate` runs) is
    /// shared: its port is read from postmaster.pid and it is left running afterwards.
    /// </summary>
    private async Task<bool> ShareRunningServerAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !File.Exists(OwnerFile)) return false;
        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken);
        var owner = (await File.ReadAllTextAsync(OwnerFile, cancellationToken)).Trim();
        // postmaster.pid: line 1 the server's PID, line 4 its port.
        if (lines.Length < 4 || !int.TryParse(lines[0], out var serverPid) || !IsAlive(serverPid)
            || !int.TryParse(owner, out var ownerPid) || !IsAlive(ownerPid)
            || !int.TryParse(lines[3], out var port))
            return false;
        Port = port;
        IsShared = true;
        _log($"Using the PostgreSQL on 127.0.0.1:{Port} that process {ownerPid} started (data in {DataDirectory}); it is left running");
        return true;
    }

    /// <summary>
    /// A server left running by a process that was killed (kill -9) still holds the data folder.
    /// Stop it: PostgreSQL itself ignores a postmaster.pid whose process is dead.
    /// </summary>
    private async Task StopLeftoverServerAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return;
        var firstLine = (await File.ReadAllLinesAsync(pidFile, cancellationToken)).FirstOrDefault();
        if (!int.TryParse(firstLine, out var pid) || !IsAlive(pid)) return;
        _log($"Stopping a PostgreSQL server left running from an earlier start (pid {pid})");
        await RunAsync("pg_ctl", cancellationToken, "stop", "-w", "-t", "30", "-m", "fast", "-D", DataDirectory);
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private string ReadLogFrom(long offset)
    {
        if (!File.Exists(LogFile)) return "";
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        return new StreamReader(stream).ReadToEnd();
    }

    private static void RestrictToOwner(string path, UnixFileMode extra = UnixFileMode.None)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task<ToolResult> RunAsync(string tool, CancellationToken cancellationToken, params string[] arguments)
    {
        var path = Path.Combine(_binDirectory, tool);
        return _runAsUser is null
            ? RunToolAsync(path, cancellationToken, arguments)
            : RunToolAsync("runuser", cancellationToken, ["-u", _runAsUser, "--", path, .. arguments]);
    }

    private static async Task<ToolResult> RunToolAsync(string fileName, CancellationToken cancellationToken, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The server's OS user may not be allowed into the caller's working directory.
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo)
            ?? throw new LocalPostgresException($"Could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new ToolResult(process.ExitCode, await output + await error);
    }

    internal static string? FindBinDirectory(string? configured)
    {
        static bool HasServer(string directory) =>
            File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

        if (!string.IsNullOrWhiteSpace(configured)) return HasServer(configured) ? configured : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServer);
        if (onPath is not null) return onPath;
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot)) return null;
        return Directory.GetDirectories(debianRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(HasServer)
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    internal static bool IsRoot() => !OperatingSystem.IsWindows() && geteuid() == 0;

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern uint geteuid();

    private sealed record ToolResult(int ExitCode, string Output);
}

public sealed class LocalPostgresException(string message) : Exception(message);
