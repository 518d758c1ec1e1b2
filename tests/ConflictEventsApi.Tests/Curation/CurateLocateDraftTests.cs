using ConflictEventsApi.Curation;

namespace ConflictEventsApi.Tests.Curation;

/// <summary>`curate locate --draft MIGRATION`: every quote of a draft in one run, on a throwaway database.</summary>
public sealed class CurateLocateDraftTests(PostgresServer server)
{
    private static readonly string DraftName = CurationFixture.DraftName;

    [Fact]
    public async Task EveryQuoteOfACleanDraftIsListedWithItsOffset()
    {
        var draft = await CurationFixture.DraftAsync(DraftName, text => text);

        var (exitCode, output) = await LocateAsync(draft);

        exitCode.Should().Be(0, output);
        output.Should().Contain("ok test-wire-2018-01-31-sochi-congress-closes@38: \"The Congress of Syrian National Dialogue closed in Sochi ...\"")
            .And.Contain("ok test-wire-2018-01-31-sochi-congress-closes@198: \"Iran’s delegation said it “welcomed the outcome”\"")
            .And.Contain($"OK: all 2 quotes of {DraftName} are verbatim");
    }

    [Fact]
    public async Task EveryWrongQuoteIsReportedInOneRunWithItsDifferencesNamed()
    {
        var draft = await CurationFixture.DraftAsync(DraftName, text => text
            .Replace("'The Congress of Syrian National Dialogue closed in Sochi on Tuesday, January 30.'",
                "'The Congress of Syrian National Dialogue closed in Sochi on Tuesday - January 30.'", StringComparison.Ordinal)
            .Replace("'Iran’s delegation said it “welcomed the outcome”'", "'Iran''s delegation said it \"welcomed the outcome\"'", StringComparison.Ordinal));

        var (exitCode, output) = await LocateAsync(draft);

        exitCode.Should().Be(1);
        output.Should().Contain("quote \"The Congress of Syrian National Dialogue closed in Sochi ...\"")
            .And.Contain("then the source has \", January 30.")
            .And.Contain("the source has ’ (U+2019 right single quotation mark) where the quote has ' (U+0027 apostrophe)")
            .And.Contain("the source has “ (U+201C left double quotation mark) where the quote has \" (U+0022 quotation mark)")
            .And.Contain($"2 of 2 quotes of {DraftName} need a fix");
    }

    [Fact]
    public async Task ADraftThatStopsEarlySaysWhatStoppedIt()
    {
        var draft = await CurationFixture.DraftAsync(DraftName, text => text.Replace("'test-iran-welcomes-congress-outcome');",
            "'test-no-such-stance');", StringComparison.Ordinal));

        var (exitCode, output) = await LocateAsync(draft);

        exitCode.Should().Be(1);
        output.Should().Contain("the draft stopped before its end: ").And.Contain("there is no stance with id test-no-such-stance");
    }

    private async Task<(int ExitCode, string Output)> LocateAsync(string file)
    {
        using var output = new StringWriter();
        var exitCode = await CurateLocate.RunDraftAsync(server.AdminConnectionString("postgres"), CurationFixture.Dataset, file, output,
            TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }
}
