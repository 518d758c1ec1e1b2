using ConflictEventsApi.Data;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Stances;

/// <summary>
/// q on GET /stances is answered from the full-text documents kept with the dataset (issue 22: at 1M
/// events computing every stance's text per request hit the statement timeout), and finds exactly
/// what searching the summaries and quotes themselves finds, in the list's date order.
/// </summary>
public sealed class StanceSearchTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    private NpgsqlConnection Reader() => new(api.Postgres.ReaderConnectionString(api.DatabaseName));

    [Theory]
    [InlineData("boycott")]
    [InlineData("joke in bad taste")]
    [InlineData("\"national dialogue\"")]
    [InlineData("sochi -congress")]
    [InlineData("constitution or constitutional")]
    public async Task TheSearchFindsWhatSearchingTheTextItselfFindsInDateOrder(string q)
    {
        await using var connection = Reader();
        var expected = (await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT s.id FROM stances s
            WHERE to_tsvector('english', s.summary || ' ' ||
                      coalesce((SELECT string_agg(c.quote, ' ') FROM citations c WHERE c.stance_id = s.id), ''))
                  @@ websearch_to_tsquery('english', @q)
            ORDER BY s.stated_on, s.id
            """, new { q }, cancellationToken: TestContext.Current.CancellationToken))).AsList();

        var found = await _client.WalkAllPagesAsync($"/stances?q={Uri.EscapeDataString(q)}&limit=2");

        found.Should().Equal(expected);
    }

    [Fact]
    public async Task TheSearchReadsTheKeptDocumentsNotTheTextOfEveryStance()
    {
        var (where, parameters) = StanceFilterSql.Where(new StanceFilter([], [], [], [], null, null, null, null) { Text = "boycott" });
        await using var connection = Reader();

        var plan = (await connection.QueryAsync<string>(new CommandDefinition(
            $"EXPLAIN (VERBOSE, COSTS OFF) SELECT s.id FROM stances s WHERE {where}", parameters,
            cancellationToken: TestContext.Current.CancellationToken))).AsList();

        plan.Should().Contain(line => line.Contains("stance_documents"));
        plan.Should().NotContain(line => line.Contains("to_tsvector"), "no stance's text is read per request");
    }
}
