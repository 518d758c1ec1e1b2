using DbUp.Engine;

namespace ConflictEventsApi.Data;

/// <summary>
/// Where the migrations come from. The folder a curator edits is the truth: in a checkout
/// (db/migrations beside ConflictEventsApi.sln, above the working directory or the binary) the
/// scripts are read from it, so a binary built before a new file was added (`dotnet run
/// --no-build`, a published dll run in the checkout) still applies it. Without a checkout (a
/// container image) the set built into the binary is used. The setting <c>Database:MigrationsFolder</c>
/// names a folder explicitly. Either way, how the folder and the build differ is reported.
/// </summary>
public sealed class MigrationScripts
{
    public const string FolderSetting = "Database:MigrationsFolder";
    private const string ResourcePrefix = "migrations/";

    private static readonly Lazy<MigrationScripts> Discovered = new(() => Load(FindFolder(null)));

    private MigrationScripts(IReadOnlyList<SqlScript> scripts, string origin, IReadOnlyList<string> differences)
    {
        Scripts = scripts;
        Names = scripts.Select(script => script.Name).ToArray();
        Origin = origin;
        Differences = differences;
    }

    /// <summary>Every script, in the order applied (ordinal name order).</summary>
    public IReadOnlyList<SqlScript> Scripts { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The scripts that sort before <paramref name="name"/>: what a draft of that name runs on.</summary>
    public IReadOnlyList<SqlScript> Before(string name) =>
        Scripts.Where(script => StringComparer.Ordinal.Compare(script.Name, name) < 0).ToList();

    /// <summary>The scripts that sort after <paramref name="name"/>: what must still apply on top of it.</summary>
    public IReadOnlyList<SqlScript> After(string name) =>
        Scripts.Where(script => StringComparer.Ordinal.Compare(script.Name, name) > 0).ToList();

    /// <summary>"the folder /…/db/migrations" or "the set built into this binary".</summary>
    public string Origin { get; }

    /// <summary>How the folder differs from the build, one line each; empty when they agree or no folder is used.</summary>
    public IReadOnlyList<string> Differences { get; }

    /// <summary>The set of this process: the folder found from the working directory or the binary, else the build's.</summary>
    public static MigrationScripts Current => Discovered.Value;

    /// <summary>The set for a configuration: its <see cref="FolderSetting"/> when given, else <see cref="Current"/>.</summary>
    public static MigrationScripts For(IConfiguration configuration) =>
        ConfiguredFolder(configuration) is { } folder ? Load(folder) : Current;

    /// <summary>The folder of a configuration: its <see cref="FolderSetting"/>, else the checkout's; null without either.</summary>
    public static string? FolderFor(IConfiguration configuration) => ConfiguredFolder(configuration) ?? FindFolder(null);

    private static string? ConfiguredFolder(IConfiguration configuration) =>
        configuration[FolderSetting] is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;

    /// <summary>The scripts of <paramref name="folder"/> (every *.sql file in it), or the build's when it is null.</summary>
    public static MigrationScripts Load(string? folder)
    {
        var embedded = Embedded();
        if (folder is null) return new MigrationScripts(embedded, "the set built into this binary", []);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The migrations folder {folder} does not exist ({FolderSetting}).");
        var scripts = Directory.GetFiles(folder, "*.sql")
            .Select(path => new SqlScript(Path.GetFileName(path), File.ReadAllText(path)))
            .OrderBy(script => script.Name, StringComparer.Ordinal)
            .ToArray();
        return new MigrationScripts(scripts, $"the folder {folder}", Compare(scripts, embedded));
    }

    /// <summary>A set of the given scripts (tests: the folder with or without a script).</summary>
    internal static MigrationScripts From(IEnumerable<SqlScript> scripts, string origin) =>
        new(scripts.OrderBy(script => script.Name, StringComparer.Ordinal).ToArray(), origin, []);

    /// <summary>db/migrations of the checkout that holds the working directory (or PWD), else the binary.</summary>
    internal static string? FindFolder(string? start)
    {
        var starts = start is not null
            ? [start]
            : new[] { Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PWD"), AppContext.BaseDirectory };
        foreach (var origin in starts.OfType<string>().Where(Directory.Exists))
            for (var folder = new DirectoryInfo(origin); folder is not null; folder = folder.Parent)
            {
                var migrations = Path.Combine(folder.FullName, "db", "migrations");
                if (File.Exists(Path.Combine(folder.FullName, "ConflictEventsApi.sln")) && Directory.Exists(migrations))
                    return migrations;
            }
        return null;
    }

    private static SqlScript[] Embedded()
    {
        var assembly = typeof(MigrationScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new SqlScript(name[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToArray();
    }

    private static List<string> Compare(IReadOnlyList<SqlScript> folder, IReadOnlyList<SqlScript> embedded)
    {
        var built = embedded.ToDictionary(script => script.Name, script => DatabaseMigrator.Checksum(script.Contents), StringComparer.Ordinal);
        var onDisk = folder.ToDictionary(script => script.Name, script => DatabaseMigrator.Checksum(script.Contents), StringComparer.Ordinal);
        var differences = new List<string>();
        var added = onDisk.Keys.Where(name => !built.ContainsKey(name)).ToList();
        var changed = onDisk.Keys.Where(name => built.TryGetValue(name, out var sum) && sum != onDisk[name]).ToList();
        var removed = built.Keys.Where(name => !onDisk.ContainsKey(name)).ToList();
        if (added.Count > 0) differences.Add($"not built into this binary: {string.Join(", ", added)}");
        if (changed.Count > 0) differences.Add($"changed since this binary was built: {string.Join(", ", changed)}");
        if (removed.Count > 0) differences.Add($"built into this binary but not in the folder: {string.Join(", ", removed)}");
        return differences;
    }
}
