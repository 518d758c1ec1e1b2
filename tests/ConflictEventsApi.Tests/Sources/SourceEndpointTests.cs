using ConflictEventsApi.Tests.Events;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Sources;

public sealed class SourceEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ListingSourcesGivesEveryArticleInIdOrderWithoutItsText()
    {
        var expected = await ScalarAsync<long>("SELECT count(*) FROM sources");

        var page = await _client.GetJsonAsync("/sources?limit=500");

        var ids = page.Ids().ToList();
        ids.Should().HaveCount((int)expected).And.BeInAscendingOrder(StringComparer.Ordinal);
        ids.Should().HaveCountGreaterThanOrEqualTo(5, "the corpus has five articles");
        var first = page.GetProperty("items")[0];
        first.TryGetProperty("text", out _).Should().BeFalse();
        first.GetProperty("corpusFile").GetString().Should().NotBeNullOrWhiteSpace();
        first.GetProperty("publishedBasis").GetString().Should().NotBeNullOrWhiteSpace();
        // Every source says where it came from when that is known (an absolute address, or null)
        // and whether its text is the whole article; an excerpt is a valid source too.
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(s =>
            (s.GetProperty("url").ValueKind == JsonValueKind.Null
             || Uri.IsWellFormedUriString(s.GetProperty("url").GetString(), UriKind.Absolute))
            && (s.GetProperty("textComplete").ValueKind == JsonValueKind.True || s.GetProperty("textComplete").ValueKind == JsonValueKind.False));
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(s => s.GetProperty("citationCount").GetInt64() > 0);
        page.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task WalkingSourcePagesGivesTheSameSourcesAsOneBigPage()
    {
        var all = (await _client.GetJsonAsync("/sources?limit=500")).Ids().ToList();

        var walked = await _client.WalkAllPagesAsync("/sources?limit=2");

        walked.Should().Equal(all);
    }

    [Fact]
    public async Task ASourceTextHoldsEachOfItsQuotesAtItsOffset()
    {
        var id = (await _client.GetJsonAsync("/sources?limit=1")).Ids().Single();

        var source = await _client.GetJsonAsync($"/sources/{id}");
        var citations = await _client.GetJsonAsync($"/sources/{id}/citations?limit=500");

        var text = source.GetProperty("text").GetString()!;
        source.GetProperty("id").GetString().Should().Be(id);
        var items = citations.GetProperty("items").EnumerateArray().ToList();
        items.Should().HaveCount(source.GetProperty("citationCount").GetInt32()).And.NotBeEmpty();
        foreach (var citation in items)
            text.Substring(citation.GetProperty("startOffset").GetInt32(), citation.GetProperty("length").GetInt32())
                .Should().Be(citation.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task CitationsAreInTextOrderAndNameWhatTheySupport()
    {
        var id = (await _client.GetJsonAsync("/sources?limit=1")).Ids().Single();

        var citations = (await _client.GetJsonAsync($"/sources/{id}/citations?limit=500")).GetProperty("items").EnumerateArray().ToList();

        citations.Select(c => c.GetProperty("startOffset").GetInt32()).Should().BeInAscendingOrder();
        citations.Should().OnlyContain(c => new[] { "event", "schedule", "participant", "stance", "claim", "actor", "alias", "affiliation" }
            .Contains(c.GetProperty("supports").GetString()));
        citations.Should().OnlyContain(c => !string.IsNullOrEmpty(c.GetProperty("subjectId").GetString()));
    }

    [Fact]
    public async Task ACitationOfAParticipantNamesItsEvent()
    {
        var (sourceId, eventId) = await Single<(string, string)>("""
            SELECT c.source_id, p.event_id FROM citations c JOIN event_participants p ON p.id = c.participant_id
            ORDER BY c.id LIMIT 1
            """);

        var page = await _client.GetJsonAsync($"/sources/{sourceId}/citations?limit=500");

        page.GetProperty("items").EnumerateArray().Should().Contain(c =>
            c.GetProperty("supports").GetString() == "participant" && c.GetProperty("subjectId").GetString() == eventId);
    }

    [Fact]
    public async Task CitationsWithIncludeTotalCountEveryCitationOfTheSourceOnEveryPage()
    {
        var source = (await _client.GetJsonAsync("/sources?limit=1")).GetProperty("items")[0];
        var id = source.GetProperty("id").GetString();

        var first = await _client.GetJsonAsync($"/sources/{id}/citations?limit=3&includeTotal=true");
        var second = await _client.GetJsonAsync(
            $"/sources/{id}/citations?limit=3&includeTotal=true&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}");

        first.GetProperty("total").GetInt64().Should().Be(source.GetProperty("citationCount").GetInt64());
        second.GetProperty("total").GetInt64().Should().Be(source.GetProperty("citationCount").GetInt64());
        first.GetProperty("items").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task WalkingCitationPagesGivesEveryCitationOnce()
    {
        var id = (await _client.GetJsonAsync("/sources?limit=1")).Ids().Single();
        var all = (await _client.GetJsonAsync($"/sources/{id}/citations?limit=500")).GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("id").GetInt32()).ToList();

        var walked = new List<int>();
        var url = $"/sources/{id}/citations?limit=7";
        while (true)
        {
            var page = await _client.GetJsonAsync(url);
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
            if (page.GetProperty("nextCursor").GetString() is not { } cursor) break;
            url = $"/sources/{id}/citations?limit=7&cursor={Uri.EscapeDataString(cursor)}";
        }

        walked.Should().Equal(all);
    }

    [Fact]
    public async Task ACitationCursorOfOneSourceIsRejectedForAnother()
    {
        var ids = (await _client.GetJsonAsync("/sources?limit=2")).Ids().ToList();
        var cursor = (await _client.GetJsonAsync($"/sources/{ids[0]}/citations?limit=1")).GetProperty("nextCursor").GetString()!;

        var response = await _client.GetAsync($"/sources/{ids[1]}/citations?limit=1&cursor={Uri.EscapeDataString(cursor)}",
            TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("cursor", out _).Should().BeTrue();
    }

    [Fact]
    public async Task SourcesCsvHasAHeaderAndOneRowPerSource()
    {
        var expected = (await _client.GetJsonAsync("/sources?limit=500")).Ids().ToList();

        var response = await _client.GetAsync("/sources.csv", TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var records = Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        records[0].Should().Equal("id", "title", "outlet", "outletBasis", "publishedOn", "publishedPrecision", "publishedBasis",
            "corpusFile", "url", "textComplete", "citationCount");
        records.Skip(1).Select(r => r[0]).Should().Equal(expected);
    }

    [Fact]
    public async Task CitationsCsvHasAHeaderAndOneRowPerCitation()
    {
        var id = (await _client.GetJsonAsync("/sources?limit=1")).Ids().Single();
        var count = await ScalarAsync<long>("SELECT count(*) FROM citations WHERE source_id = @id", new { id });

        var response = await _client.GetAsync($"/sources/{id}/citations.csv", TestContext.Current.CancellationToken);

        var records = Csv.Records(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        records[0].Should().Equal("id", "startOffset", "length", "supports", "subjectId", "quote");
        records.Should().HaveCount((int)count + 1);
    }

    [Theory]
    [InlineData("/sources/no-such-source")]
    [InlineData("/sources/no-such-source/citations")]
    public async Task AnUnknownSourceIsA404Problem(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("no-such-source");
    }

    [Theory]
    [InlineData("/sources?outlet=voa", "outlet")]
    [InlineData("/sources/x?limit=1", "limit")]
    [InlineData("/sources?limit=0", "limit")]
    public async Task AnUnknownOrInvalidQueryParameterIsA400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(parameter, out _).Should().BeTrue();
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters,
            cancellationToken: TestContext.Current.CancellationToken)))!;
    }

    private async Task<T> Single<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return await connection.QuerySingleAsync<T>(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken));
    }
}
