using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Http;

/// <summary>
/// A CSV export opened in a spreadsheet must not run what news text smuggles in: text cells that
/// start with =, +, -, @, a tab or a carriage return get a leading apostrophe; numbers, and text
/// that is only a number, stay as they are.
/// </summary>
public sealed class CsvInjectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string EventId = "crafted-formula-event";

    [Fact]
    public async Task AnExportedTextCellThatStartsLikeAFormulaIsNeutralisedAndNumbersStayNumbers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await AddCraftedEventAsync(cancellationToken);

        var csv = await api.CreateClient().GetStringAsync($"/events.csv?track=sochi&limit=500", cancellationToken);
        var crafted = Csv.Parse(csv).Should().ContainSingle(row => row["id"] == EventId).Subject;

        crafted["title"].Should().Be("'=HYPERLINK(\"https://evil.example\",\"Click\")");
        crafted["summary"].Should().Be("'@SUM(1+1)*cmd|' /C calc'!A0");
        crafted["place"].Should().Be("'-2+3+cmd|' /C calc'!A0");
        // Numbers are written as numbers (the column's scale kept), without an apostrophe.
        crafted["latitude"].Should().MatchRegex(@"^-12\.50*$");
        crafted["longitude"].Should().MatchRegex(@"^-70\.250*$");
    }

    [Fact]
    public async Task ANegativePolarityStaysANumber()
    {
        var csv = await api.CreateClient().GetStringAsync("/stances.csv?polarity=-1&limit=5", TestContext.Current.CancellationToken);

        Csv.Parse(csv).Should().NotBeEmpty().And.OnlyContain(row => row["polarity"] == "-1");
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("-1", "-1")]
    [InlineData("+3.5", "+3.5")]
    [InlineData("Sochi = failure", "Sochi = failure")]
    [InlineData("", "")]
    public void TheRuleAppliesToTheFirstCharacterOfTextThatIsNotANumber(string text, string written) =>
        ConflictEventsApi.Http.CsvFormulas.Neutralise(text).Should().Be(written);

    /// <summary>A copy of a Sochi event with hostile text, written without the citation trigger (it is not cited).</summary>
    private async Task AddCraftedEventAsync(CancellationToken cancellationToken)
    {
        await using var admin = new NpgsqlConnection(api.Postgres.AdminConnectionString(api.DatabaseName));
        await admin.ExecuteAsync(new CommandDefinition("""
            SET session_replication_role = replica;
            CREATE TEMP TABLE crafted AS SELECT * FROM events WHERE track_slug = 'sochi' ORDER BY id LIMIT 1;
            UPDATE crafted SET id = @id, title = @title, summary = @summary, place = @place, latitude = -12.5, longitude = -70.25;
            INSERT INTO events SELECT * FROM crafted ON CONFLICT (id) DO NOTHING;
            """, new
        {
            id = EventId,
            title = "=HYPERLINK(\"https://evil.example\",\"Click\")",
            summary = "@SUM(1+1)*cmd|' /C calc'!A0",
            place = "-2+3+cmd|' /C calc'!A0",
        }, cancellationToken: cancellationToken));
    }
}
