using ConflictEventsApi.Curation;
using ConflictEventsApi.Data;

namespace ConflictEventsApi.Tests.Curation;

/// <summary>
/// The invented article in Fixtures/ as a curator's draft: named with the next number after the
/// highest in db/migrations, checked against db/migrations without any copy of it (CI adds one,
/// to show that a new article keeps the suite green).
/// </summary>
internal static class CurationFixture
{
    public const string Name = "article_2018-01-31_test-wire_sochi-congress-closes.sql";

    public static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "ConflictEventsApi.Tests", "Curation", "Fixtures");

    public static readonly MigrationScripts Dataset = MigrationScripts.From(
        MigrationScripts.Current.Scripts.Where(script => !script.Name.EndsWith("_" + Name, StringComparison.Ordinal)),
        "db/migrations without the fixture");

    /// <summary>The name a curator would give the fixture today.</summary>
    public static readonly string DraftName = $"{MigrationNames.NextNumber(Dataset.Names)}_{Name}";

    /// <summary>A variant of the fixture under a migration's name, in a folder of its own.</summary>
    public static async Task<string> DraftAsync(string name, Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("curate-draft-").FullName;
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, edit(await File.ReadAllTextAsync(Path.Combine(Folder, Name), TestContext.Current.CancellationToken)),
            TestContext.Current.CancellationToken);
        return path;
    }
}
