using NetArchTest.Rules;

namespace ConflictEventsApi.Tests.Architecture;

/// <summary>
/// Imports point one way: a feature folder uses the shared infrastructure and never another
/// feature; infrastructure never uses a feature; and no two folders use each other, directly or
/// around a loop. Read from the compiled app (NetArchTest), so a new using cannot slip past.
/// </summary>
public sealed class DependencyTests
{
    private const string Root = "ConflictEventsApi";

    /// <summary>One folder per resource: each is mapped by Program.cs and depends only on infrastructure.</summary>
    public static readonly string[] Features =
        ["Actors", "Claims", "Events", "Meta", "Participants", "Positions", "Sources", "Stances", "Stats", "Tracks"];

    /// <summary>Shared by the features; may depend on each other, without cycles.</summary>
    public static readonly string[] Infrastructure =
        ["Caching", "Data", "Health", "Hosting", "Http", "Json", "Logging", "Telemetry", "Vocabulary", "Explorer", "Curation"];

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void NoFeatureUsesAnotherFeature()
    {
        var violations = Features.SelectMany(feature => Graph.Value[feature].Where(Features.Contains).Select(other => $"{feature} -> {other}"));

        violations.Should().BeEmpty(string.Join("; ", violations));
    }

    [Fact]
    public void NoInfrastructureUsesAFeature()
    {
        var violations = Infrastructure.SelectMany(folder => Graph.Value[folder].Where(Features.Contains).Select(feature => $"{folder} -> {feature}"));

        violations.Should().BeEmpty(string.Join("; ", violations));
    }

    [Fact]
    public void NoFoldersDependOnEachOtherInALoop()
    {
        var cycles = new List<string>();
        foreach (var start in Graph.Value.Keys)
            if (PathBack(start, start, [start]) is { } loop)
                cycles.Add(string.Join(" -> ", loop));

        cycles.Should().BeEmpty(string.Join("; ", cycles));
    }

    [Fact]
    public void TheGraphTheReadmeShowsIsTheCompiledOne()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var shown = ShownGraph(readme[readme.IndexOf("<!-- folder graph -->", StringComparison.Ordinal)..readme.IndexOf("<!-- /folder graph -->", StringComparison.Ordinal)]);

        var compiled = Graph.Value.ToDictionary(pair => pair.Key, pair => Uses(pair.Value));
        shown.Should().BeEquivalentTo(compiled, "the compiled graph is{0}{1}", Environment.NewLine,
            string.Join(Environment.NewLine, compiled.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => $"{pair.Key} -> {(pair.Value.Length == 0 ? "(nothing)" : pair.Value)}")));
    }

    /// <summary>
    /// The README's block read back: "Actors, Claims -> Http, Json" gives each folder on the left
    /// the list on the right; several entries may share a line, apart by two or more spaces.
    /// </summary>
    private static Dictionary<string, string> ShownGraph(string block)
    {
        var shown = new Dictionary<string, string>();
        foreach (var entry in System.Text.RegularExpressions.Regex.Split(block, @"\n|\s{2,}").Where(entry => entry.Contains(" -> ")))
        {
            var (from, to) = (entry[..entry.IndexOf(" -> ", StringComparison.Ordinal)], entry[(entry.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]);
            var uses = to.Trim() == "(nothing)" ? [] : to.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var folder in from.Split(',', StringSplitOptions.TrimEntries)) shown[folder] = Uses(uses);
        }
        return shown;
    }

    private static string Uses(IEnumerable<string> folders) => string.Join(", ", folders.Order(StringComparer.Ordinal));

    /// <summary>The folders, and for each the folders its types use.</summary>
    private static Dictionary<string, HashSet<string>> BuildGraph()
    {
        var assembly = typeof(Program).Assembly;
        string[] folders = [.. Features, .. Infrastructure];
        var graph = folders.ToDictionary(folder => folder, _ => new HashSet<string>());
        foreach (var from in folders)
            foreach (var to in folders.Where(to => to != from))
            {
                var result = Types.InAssembly(assembly).That().ResideInNamespace($"{Root}.{from}")
                    .ShouldNot().HaveDependencyOn($"{Root}.{to}").GetResult();
                if (!result.IsSuccessful) graph[from].Add(to);
            }
        return graph;
    }

    private static List<string>? PathBack(string target, string at, List<string> path)
    {
        foreach (var next in Graph.Value[at])
        {
            if (next == target) return [.. path, next];
            if (path.Contains(next)) continue;
            if (PathBack(target, next, [.. path, next]) is { } loop) return loop;
        }
        return null;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConflictEventsApi.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("No ConflictEventsApi.sln above the test binaries.");
    }
}
