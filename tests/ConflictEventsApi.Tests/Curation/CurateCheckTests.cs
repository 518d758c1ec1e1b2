using ConflictEventsApi.Curation;
using ConflictEventsApi.Data;

namespace ConflictEventsApi.Tests.Curation;

/// <summary>`curate check FILE` against the test server: each check builds and drops its own throwaway database.</summary>
public sealed class CurateCheckTests(PostgresServer server)
{
    private const string DraftName = "1009_article_2018-01-31_test-wire_sochi-congress-closes.sql";
    private static readonly string Draft = Path.Combine(RepositoryPaths.Root, "tests", "ConflictEventsApi.Tests", "Curation", "Fixtures", DraftName);

    [Fact]
    public async Task AValidDraftPassesAndListsWhatItAddsAndChanges()
    {
        var (exitCode, output) = await CheckAsync(Draft);

        exitCode.Should().Be(0, output);
        output.Should().Contain("sources: 1 added, 0 changed, 0 removed")
            .And.Contain("  + test-wire-2018-01-31-sochi-congress-closes")
            .And.Contain("  + test-iran-welcomes-congress-outcome")
            .And.Contain("  ~ congress-of-syrian-national-dialogue: status: ongoing → held")
            .And.Contain("answers that change: ").And.Contain("GET /events/{id}")
            .And.EndWith($"OK: {DraftName} passes every rule{Environment.NewLine}")
            .And.NotContain("warning:");
    }

    [Fact]
    public async Task ADraftWithAStraightApostropheFailsNamingTheCurlyOne()
    {
        var draft = await DraftAsync(DraftName, text => text.Replace("'Iran’s delegation said", "'Iran''s delegation said", StringComparison.Ordinal));

        var (exitCode, output) = await CheckAsync(draft);

        exitCode.Should().Be(1);
        output.Should().Contain("problem: " + DraftName + ": citation: quote not found in source test-wire-2018-01-31-sochi-congress-closes")
            .And.Contain("typed ' (U+0027) where the source has ’ (U+2019)")
            .And.Contain("— fix: Copy the quote from the source text");
    }

    [Fact]
    public async Task ADraftThatLeavesAStanceUncitedFailsNamingTheStanceAndTheFix()
    {
        var draft = await DraftAsync(DraftName, text => text[..text.LastIndexOf("INSERT INTO citations", StringComparison.Ordinal)]);

        var (exitCode, output) = await CheckAsync(draft);

        exitCode.Should().Be(1);
        output.Should().Contain("problem: stance test-iran-welcomes-congress-outcome has no citation — fix: add INSERT INTO citations (source_id, quote, stance_id)");
    }

    [Fact]
    public async Task ADraftNamedBeforeTheLastMigrationIsWarnedThatMigrateWouldRefuseIt()
    {
        var draft = await DraftAsync("0106_article_2018-01-31_test-wire_sochi-congress-closes.sql", text => text);

        var (_, output) = await CheckAsync(draft);

        output.Should().Contain($"warning: 0106_article_2018-01-31_test-wire_sochi-congress-closes.sql sorts before {DatabaseMigrator.ScriptNames[^1]}: migrate would refuse it")
            .And.Contain("Rename it to start with 1009_");
    }

    [Fact]
    public async Task AnExistingArticleIsReCheckedWithTheMigrationsAfterIt()
    {
        var article = Path.Combine(RepositoryPaths.Root, "db", "migrations",
            DatabaseMigrator.ScriptNames.Single(name => name.StartsWith("0105_", StringComparison.Ordinal)));
        var after = DatabaseMigrator.ScriptNames.Count(name => StringComparer.Ordinal.Compare(name, "0105_") > 0 && !name.StartsWith("0105_", StringComparison.Ordinal));

        var (exitCode, output) = await CheckAsync(article);

        exitCode.Should().Be(0, output);
        output.Should().Contain($"applied the {after} migrations after it").And.Contain("sources: 1 added");
    }

    private async Task<(int ExitCode, string Output)> CheckAsync(string file)
    {
        using var output = new StringWriter();
        var exitCode = await CurateCheck.RunAsync(server.AdminConnectionString("postgres"), file, output, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }

    /// <summary>A variant of the fixture under another name, in a folder of its own.</summary>
    private static async Task<string> DraftAsync(string name, Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("curate-check-").FullName;
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, edit(await File.ReadAllTextAsync(Draft, TestContext.Current.CancellationToken)),
            TestContext.Current.CancellationToken);
        return path;
    }
}
