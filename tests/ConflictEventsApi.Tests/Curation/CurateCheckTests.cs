using ConflictEventsApi.Curation;
using ConflictEventsApi.Data;

namespace ConflictEventsApi.Tests.Curation;

/// <summary>`curate check FILE` against the test server: each check builds and drops its own throwaway database.</summary>
public sealed class CurateCheckTests(PostgresServer server)
{
    private static readonly MigrationScripts Dataset = CurationFixture.Dataset;
    private static readonly string DraftName = CurationFixture.DraftName;

    [Fact]
    public async Task AValidDraftPassesAndListsWhatItAdds()
    {
        var draft = await CurationFixture.DraftAsync(DraftName, text => text);

        var (exitCode, output) = await CheckAsync(draft);

        exitCode.Should().Be(0, output);
        output.Should().Contain("sources: 1 added, 0 changed, 0 removed")
            .And.Contain("  + test-wire-2018-01-31-sochi-congress-closes")
            .And.Contain("  + test-iran-welcomes-congress-outcome")
            .And.Contain("citations: 2 added")
            .And.Contain("answers that change: ").And.Contain("GET /events/{id}")
            .And.EndWith($"OK: {DraftName} passes every rule{Environment.NewLine}")
            .And.NotContain("warning:");
    }

    [Fact]
    public async Task AChangedRowIsListedWithItsOldAndNewValue()
    {
        var draft = await CurationFixture.DraftAsync(DraftName, text => text.Replace("UPDATE events SET status = 'held'",
            "UPDATE events SET title = 'A title set by the test'", StringComparison.Ordinal));

        var (exitCode, output) = await CheckAsync(draft);

        exitCode.Should().Be(0, output);
        output.Should().MatchRegex(@"  ~ congress-of-syrian-national-dialogue: title: .+ → A title set by the test");
    }

    [Fact]
    public async Task ADraftWithAStraightApostropheFailsNamingTheCurlyOne()
    {
        var draft = await CurationFixture.DraftAsync(DraftName, text => text.Replace("'Iran’s delegation said", "'Iran''s delegation said", StringComparison.Ordinal));

        var (exitCode, output) = await CheckAsync(draft);

        exitCode.Should().Be(1);
        output.Should().Contain("problem: " + DraftName + ": citation: quote not found in source test-wire-2018-01-31-sochi-congress-closes")
            .And.Contain("typed ' (U+0027) where the source has ’ (U+2019)")
            .And.Contain("— fix: Copy the quote from the source text");
    }

    [Fact]
    public async Task ALongQuoteAcrossAParagraphBreakTypedWithAStraightApostropheGetsEveryDifferenceNamed()
    {
        // The database's own hint folds one character for one: a paragraph break (two line feeds)
        // typed as one space leaves it nothing to compare, so a long quote got no near miss.
        const string typed = "The Congress of Syrian National Dialogue closed in Sochi on Tuesday, January 30. The congress's final statement backed a committee to draft a new constitution.";
        var draft = await CurationFixture.DraftAsync(DraftName, text => text
            .Replace("January 30. The congress’s", "January 30.\n\nThe congress’s", StringComparison.Ordinal)
            .Replace("'The Congress of Syrian National Dialogue closed in Sochi on Tuesday, January 30.'",
                "'" + typed.Replace("'", "''", StringComparison.Ordinal) + "'", StringComparison.Ordinal));

        var (exitCode, output) = await CheckAsync(draft);

        exitCode.Should().Be(1);
        output.Should().Contain($"quote \"{typed[..57]}...\" (test-wire-2018-01-31-sochi-congress-closes):")
            .And.Contain("nearest match at offset 38")
            .And.Contain("the source has (U+000A line feed) (U+000A line feed) where the quote has (U+0020 space)")
            .And.Contain("the source has ’ (U+2019 right single quotation mark) where the quote has ' (U+0027 apostrophe)");
    }

    [Fact]
    public async Task ADraftThatLeavesAStanceUncitedFailsNamingTheStanceAndTheFix()
    {
        var draft = await CurationFixture.DraftAsync(DraftName, text => text[..text.LastIndexOf("INSERT INTO citations", StringComparison.Ordinal)]);

        var (exitCode, output) = await CheckAsync(draft);

        exitCode.Should().Be(1);
        output.Should().Contain("problem: stance test-iran-welcomes-congress-outcome has no citation — fix: add INSERT INTO citations (source_id, quote, stance_id)");
    }

    [Fact]
    public async Task ADraftNamedBeforeTheLastMigrationIsWarnedThatMigrateWouldRefuseIt()
    {
        var early = "0106_" + CurationFixture.Name;
        var draft = await CurationFixture.DraftAsync(early, text => text);

        var (_, output) = await CheckAsync(draft);

        output.Should().Contain($"warning: {early} sorts before {Dataset.Names[^1]}: migrate would refuse it")
            .And.Contain($"Rename it to start with {MigrationNames.NextNumber(Dataset.Names)}_");
    }

    [Fact]
    public async Task AnExistingArticleIsReCheckedWithTheMigrationsAfterIt()
    {
        var name = Dataset.Names.Single(name => name.StartsWith("0105_", StringComparison.Ordinal));
        var article = Path.Combine(RepositoryPaths.Root, "db", "migrations", name);
        var after = Dataset.Names.Count(other => StringComparer.Ordinal.Compare(other, name) > 0);

        var (exitCode, output) = await CheckAsync(article);

        exitCode.Should().Be(0, output);
        output.Should().Contain($"applied the {after} migrations after it").And.Contain("sources: 1 added");
    }

    private async Task<(int ExitCode, string Output)> CheckAsync(string file)
    {
        using var output = new StringWriter();
        var exitCode = await CurateCheck.RunAsync(server.AdminConnectionString("postgres"), Dataset, file, output,
            TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }
}
