using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Claims;

public sealed class ClaimTopicListTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EveryTopicIsListedWithTheClaimAndSourceCountsOfTheDatabase()
    {
        var expected = await QueryAsync<(string Slug, long Claims, long Sources)>("""
            SELECT t.slug, count(c.id), count(DISTINCT c.source_id)
            FROM claim_topics t LEFT JOIN claims c ON c.topic_slug = t.slug GROUP BY t.slug
            """);

        var page = await _client.GetJsonAsync("/claims/topics");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        page.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
        items.Select(t => (t.GetProperty("slug").GetString()!, t.GetProperty("claimCount").GetInt64(), t.GetProperty("sourceCount").GetInt64()))
            .Should().BeEquivalentTo(expected);
        items.Select(t => t.GetProperty("slug").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        var deathToll = items.Single(t => t.GetProperty("slug").GetString() == "syria-war-death-toll");
        deathToll.GetProperty("title").GetString().Should().Be("Death toll of the Syrian war");
        deathToll.GetProperty("unit").GetString().Should().Be("people killed");
        deathToll.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    // Three sources: "hundreds of thousands", 400,000, more than 330,000.
    [InlineData("syria-war-death-toll", true, 3)]
    // The same article's body says Sochi, its photo caption Moscow.
    [InlineData("sochi-congress-venue", true, 2)]
    // 33 organisations and 1,600 delegates: units are not compared, the numbers differ.
    [InlineData("sochi-congress-invitees", true, 2)]
    // "millions" twice, as text.
    [InlineData("syria-war-displaced", false, 1)]
    // "around 40", 40 and 40: qualifiers are not compared.
    [InlineData("rebel-statement-signatories", false, 1)]
    public async Task DisagreeIsTrueExactlyWhenTheClaimsStateMoreThanOneValue(string slug, bool disagree, long distinctValues)
    {
        var page = await _client.GetJsonAsync("/claims/topics");

        var topic = page.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == slug);
        topic.GetProperty("disagree").GetBoolean().Should().Be(disagree);
        topic.GetProperty("distinctValueCount").GetInt64().Should().Be(distinctValues);
    }

    [Fact]
    public async Task TopicsCsvHasOneRowPerTopicWithTheJsonCounts()
    {
        var json = (await _client.GetJsonAsync("/claims/topics")).GetProperty("items").EnumerateArray().ToList();

        var response = await _client.GetAsync("/claims/topics.csv", TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var records = Csv.Records(body);
        records[0].Should().Equal("slug", "title", "unit", "description", "claimCount", "sourceCount", "distinctValueCount", "disagree");
        records.Skip(1).Select(r => (r[0], r[4], r[5], r[7])).Should().Equal(json.Select(t => (
            t.GetProperty("slug").GetString()!, t.GetProperty("claimCount").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            t.GetProperty("sourceCount").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            t.GetProperty("disagree").GetBoolean() ? "true" : "false")));
    }

    [Fact]
    public async Task TopicsIsTheListAndNotATopicNamedTopicsWhileOtherTopicsStillResolve()
    {
        var list = await _client.GetAsync("/claims/topics", TestContext.Current.CancellationToken);
        var topic = await _client.GetJsonAsync("/claims/syria-war-death-toll");

        list.StatusCode.Should().Be(HttpStatusCode.OK);
        (await list.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("items").GetArrayLength().Should().BeGreaterThan(10);
        topic.GetProperty("topic").GetProperty("slug").GetString().Should().Be("syria-war-death-toll");
    }

    [Fact]
    public async Task AnUnknownQueryParameterOnTopicsIsA400NamingIt()
    {
        var response = await _client.GetAsync("/claims/topics?limit=5", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeQueryProblemNamingAsync("limit");
        problem.GetProperty("errors").GetProperty("limit")[0].GetString().Should().Contain("Accepted: include");
    }

    [Fact]
    public async Task ListedClaimsAndTopicEntriesCarryTheirSourcesOutletAndPublicationDate()
    {
        var sources = (await QueryAsync<(string Id, string? Outlet, DateOnly? PublishedOn, string? Precision)>(
                "SELECT id, outlet, published_on, published_precision FROM sources"))
            .ToDictionary(s => s.Id);
        sources.Values.Should().Contain(s => s.Outlet != null && s.PublishedOn != null && s.Precision != null);

        var list = (await _client.GetJsonAsync("/claims?limit=500")).GetProperty("items").EnumerateArray().ToList();
        var topic = (await _client.GetJsonAsync("/claims/syria-war-death-toll")).GetProperty("claims").EnumerateArray().ToList();
        var csv = Csv.Records(await _client.GetStringAsync("/claims.csv", TestContext.Current.CancellationToken));

        list.Should().NotBeEmpty();
        foreach (var claim in list)
        {
            var source = sources[claim.GetProperty("sourceId").GetString()!];
            claim.GetProperty("sourceOutlet").GetString().Should().Be(source.Outlet);
            claim.GetProperty("sourcePublishedOn").GetString().Should().Be(source.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            claim.GetProperty("sourcePublishedPrecision").GetString().Should().Be(source.Precision);
        }
        topic.Should().HaveCountGreaterThan(1);
        foreach (var claim in topic)
        {
            var source = sources[claim.GetProperty("source").GetProperty("id").GetString()!];
            claim.GetProperty("source").GetProperty("outlet").GetString().Should().Be(source.Outlet);
            claim.GetProperty("source").GetProperty("publishedPrecision").GetString().Should().Be(source.Precision);
        }
        var header = csv[0];
        foreach (var row in csv.Skip(1))
        {
            var source = sources[row[header.IndexOf("sourceId")]];
            row[header.IndexOf("sourceOutlet")].Should().Be(source.Outlet ?? "");
            row[header.IndexOf("sourcePublishedOn")].Should().Be(source.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            row[header.IndexOf("sourcePublishedPrecision")].Should().Be(source.Precision ?? "");
        }
        csv.Should().HaveCount(list.Count + 1);
    }

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return (await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken))).AsList();
    }
}
