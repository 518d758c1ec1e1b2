using ConflictEventsApi.Curation;

namespace ConflictEventsApi.Tests.Curation;

/// <summary>`curate locate --source ID "QUOTE"`: offsets, or the nearest match with the differing characters named.</summary>
public sealed class CurateLocateTests(PostgresServer server) : IAsyncLifetime
{
    private const string National = "the-national-2017-12-25-rebel-groups-reject-sochi";
    private string _database = "";

    public async ValueTask InitializeAsync() => _database = await server.CreateMigratedDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AVerbatimQuotePrintsItsOffset()
    {
        var (exitCode, output) = await LocateAsync(National, "rejected Russia’s planned Sochi conference");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"^found at offset \d+, length 42");
    }

    [Fact]
    public async Task AStraightApostropheIsShownAgainstTheCurlyOneInTheSource()
    {
        var (exitCode, output) = await LocateAsync(National, "rejected Russia's planned Sochi conference");

        exitCode.Should().Be(1);
        output.Should().Contain($"not found verbatim in {National}")
            .And.Contain("nearest match at offset")
            .And.Contain("the source has ’ (U+2019 right single quotation mark) where the quote has ' (U+0027 apostrophe)");
    }

    [Fact]
    public async Task AQuoteThatOccursTwiceListsEveryOffset()
    {
        var (exitCode, output) = await LocateAsync(National, "Sochi");

        exitCode.Should().Be(0);
        output.Should().Contain("the quote occurs").And.Contain("give start_offset =>");
    }

    [Fact]
    public async Task AnUnknownSourceNamesTheKnownOnes()
    {
        var (exitCode, output) = await LocateAsync("no-such-source", "anything");

        exitCode.Should().Be(1);
        output.Should().Contain("problem: no source no-such-source — fix: use one of ").And.Contain(National);
    }

    [Theory]
    [InlineData("He said \u201Cno\u201D \u2014 twice\u2026 then left.", "He said \"no\" - twice... then left.", "\u201C (U+201C left double quotation mark)")]
    [InlineData("He said \u201Cno\u201D \u2014 twice\u2026 then left.", "He said \u201Cno\u201D \u2014 twice... then left.", "\u2026 (U+2026 horizontal ellipsis) where the quote has . (U+002E full stop)")]
    [InlineData("one\u00A0two  three", "one two three", "(U+00A0 no-break space) where the quote has (U+0020 space)")]
    public void TypographyThatDiffersIsNamedCharacterByCharacter(string body, string quote, string expected)
    {
        using var output = new StringWriter();

        QuoteLocator.Report("test", body, quote, output).Should().BeFalse();

        output.ToString().Should().Contain("nearest match at offset 0").And.Contain(expected);
    }

    [Fact]
    public void AChangedWordIsShownWhereTheQuoteAndTheSourcePartWays()
    {
        using var output = new StringWriter();

        QuoteLocator.Report("test", "The rebels rejected the planned conference.", "The rebels refused the planned conference", output);

        output.ToString().Should().Contain("the first 13 characters match at offset 0; then the source has \"jected");
    }

    private async Task<(int ExitCode, string Output)> LocateAsync(string source, string quote)
    {
        using var output = new StringWriter();
        var exitCode = await CurateLocate.RunAsync(server.ReaderConnectionString(_database), source, quote, output,
            TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }
}
