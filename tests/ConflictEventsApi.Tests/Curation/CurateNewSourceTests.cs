using System.Security.Cryptography;
using ConflictEventsApi.Curation;

namespace ConflictEventsApi.Tests.Curation;

/// <summary>
/// `curate new-source FILE`: the text stored byte for byte under the next corpus name, and an
/// INSERT whose body is that text, which a draft can use as it is.
/// </summary>
public sealed class CurateNewSourceTests(PostgresServer server)
{
    private static readonly string FixtureText = Path.Combine(CurationFixture.Folder, "test_fixture_sochi_congress_closes.txt");

    [Fact]
    public async Task TheTextIsStoredUnderTheNextNumberAndTheFirstSixteenHexDigitsOfItsSha256()
    {
        var sources = SourcesFolder("000_a.txt", "004_b.txt");
        var bytes = await File.ReadAllBytesAsync(FixtureText, TestContext.Current.CancellationToken);

        var (exitCode, insert, messages) = await NewSourceAsync(sources, FixtureText);

        exitCode.Should().Be(0, messages);
        var stored = $"005_{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.txt";
        (await File.ReadAllBytesAsync(Path.Combine(sources, stored), TestContext.Current.CancellationToken)).Should().Equal(bytes);
        messages.Should().Contain($"stored {FixtureText} as {Path.Combine(sources, stored)}");
        insert.Should().Contain($"'{stored}'").And.Contain("$article$" + await File.ReadAllTextAsync(FixtureText, TestContext.Current.CancellationToken) + "$article$");
    }

    [Fact]
    public async Task AnExcerptWithAnAddressAndADateIsMarkedSo()
    {
        var (exitCode, insert, _) = await NewSourceAsync(SourcesFolder(), FixtureText,
            "--url", "https://example.org/sochi-closes", "--excerpt", "--published", "2018-01-31");

        exitCode.Should().Be(0);
        insert.Should().Contain("DATE '2018-01-31', 'day'")
            .And.Contain("$article$, 'https://example.org/sochi-closes', false);")
            .And.Contain("NULL /* FILL IN: the headline as printed */");
    }

    [Fact]
    public async Task TheSameTextTwiceIsRefusedNamingTheStoredFile()
    {
        var sources = SourcesFolder();
        await NewSourceAsync(sources, FixtureText);

        var (exitCode, _, messages) = await NewSourceAsync(sources, FixtureText);

        exitCode.Should().Be(1);
        messages.Should().Contain("problem: this text is already stored as ").And.Contain("000_");
    }

    [Theory]
    [InlineData("--url", "ftp://example.org/a", "--url ftp://example.org/a is not an absolute http(s) address")]
    [InlineData("--published", "31 January 2018", "--published 31 January 2018 is not a date (YYYY-MM-DD)")]
    public void AMalformedOptionIsNamed(string option, string value, string problem)
    {
        var (options, reason) = CurateNewSource.Parse(["article.txt", option, value]);

        options.Should().BeNull();
        reason.Should().Be(problem);
    }

    [Fact]
    public async Task TheInsertFilledInAndCitedPassesCurateCheck()
    {
        var (_, insert, _) = await NewSourceAsync(SourcesFolder(), FixtureText, "--excerpt", "--published", "2018-01-31");
        var filled = insert
            .Replace("NULL /* FILL IN: <outlet>-<yyyy-mm-dd>-<slug> */", "'test-new-source-2018-01-31'", StringComparison.Ordinal)
            .Replace("NULL /* FILL IN: the headline as printed */", "'Sochi Congress Closes'", StringComparison.Ordinal)
            .Replace("NULL /* FILL IN: outlet */, NULL /* FILL IN: how the outlet is known */", "'Test Wire', 'Invented.'", StringComparison.Ordinal);
        filled = filled[..filled.IndexOf("NULL /* FILL IN: where the date", StringComparison.Ordinal)] + "'Printed.'"
                 + filled[(filled.IndexOf("*/", filled.IndexOf("NULL /* FILL IN: where the date", StringComparison.Ordinal), StringComparison.Ordinal) + 2)..];
        var draft = await CurationFixture.DraftAsync(CurationFixture.DraftName, _ => filled + """
            INSERT INTO citations (source_id, quote, event_id) VALUES
                ('test-new-source-2018-01-31', 'The Congress of Syrian National Dialogue closed in Sochi on Tuesday, January 30.', 'congress-of-syrian-national-dialogue');
            """);

        using var output = new StringWriter();
        var exitCode = await CurateCheck.RunAsync(server.AdminConnectionString("postgres"), CurationFixture.Dataset, draft, output,
            TestContext.Current.CancellationToken);

        exitCode.Should().Be(0, output.ToString());
        output.ToString().Should().Contain("  + test-new-source-2018-01-31");
    }

    private static string SourcesFolder(params string[] existing)
    {
        var folder = Directory.CreateTempSubdirectory("curate-sources-").FullName;
        foreach (var name in existing) File.WriteAllText(Path.Combine(folder, name), name);
        return folder;
    }

    private static async Task<(int ExitCode, string Insert, string Messages)> NewSourceAsync(string sources, params string[] arguments)
    {
        var (options, problem) = CurateNewSource.Parse(arguments);
        options.Should().NotBeNull(problem);
        using var insert = new StringWriter();
        using var messages = new StringWriter();
        var exitCode = await CurateNewSource.RunAsync(options!, sources, insert, messages, TestContext.Current.CancellationToken);
        return (exitCode, insert.ToString(), messages.ToString());
    }
}
