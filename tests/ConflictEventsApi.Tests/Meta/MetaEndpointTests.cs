using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Meta;

public sealed class MetaEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task MetaGivesTheDerivedDatasetVersionAndTheLastMigrationApart()
    {
        var version = await StoredVersionAsync();

        var response = await _client.GetAsync("/meta", TestContext.Current.CancellationToken);
        var meta = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        version.Should().MatchRegex("^[0-9a-f]{16}$");
        meta.GetProperty("datasetVersion").GetString().Should().Be(version);
        meta.GetProperty("citation").GetProperty("version").GetString().Should().Be(version);
        response.Headers.GetValues("X-Dataset-Version").Should().Equal(version);
        meta.GetProperty("lastMigration").GetString().Should().Be(await LastAppliedScriptAsync());
    }

    [Fact]
    public async Task MetaCarriesAnETagAndIfNoneMatchIsA304()
    {
        var first = await _client.GetAsync("/meta", TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/meta");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(again, TestContext.Current.CancellationToken);

        first.Headers.ETag!.IsWeak.Should().BeFalse();
        first.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        second.Headers.ETag.Should().Be(first.Headers.ETag);
    }

    private async Task<string> StoredVersionAsync()
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        return (await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT version FROM dataset_version", cancellationToken: TestContext.Current.CancellationToken)))!;
    }

    private async Task<string> LastAppliedScriptAsync()
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var script = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT scriptname FROM schemaversions ORDER BY schemaversionsid DESC LIMIT 1",
            cancellationToken: TestContext.Current.CancellationToken));
        return Path.GetFileNameWithoutExtension(script)!;
    }

    [Fact]
    public async Task MetaCountsEqualTheDatabasesCounts()
    {
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var expected = await connection.QuerySingleAsync<(long, long, long, long, long, long, long, long, long)>(new CommandDefinition("""
            SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM actors), (SELECT count(*) FROM actor_aliases),
                   (SELECT count(*) FROM events), (SELECT count(*) FROM event_participants), (SELECT count(*) FROM stances),
                   (SELECT count(*) FROM claims), (SELECT count(*) FROM claim_topics), (SELECT count(*) FROM citations)
            """, cancellationToken: TestContext.Current.CancellationToken));

        var counts = (await _client.GetJsonAsync("/meta")).GetProperty("counts");

        long Count(string name) => counts.GetProperty(name).GetInt64();
        (Count("sources"), Count("actors"), Count("aliases"), Count("events"), Count("participants"), Count("stances"),
            Count("claims"), Count("claimTopics"), Count("citations")).Should().Be(expected);
        Count("sources").Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task MetaTellsHowToCiteWithTodaysDateAndTheRequestsUrl()
    {
        var version = await StoredVersionAsync();
        var citation = (await _client.GetJsonAsync("/meta")).GetProperty("citation");

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = new Uri(_client.BaseAddress!, "/meta").ToString();
        citation.GetProperty("accessedOn").GetString().Should().Be(today);
        citation.GetProperty("url").GetString().Should().Be(url);
        citation.GetProperty("template").GetString().Should().Contain("{version}").And.Contain("{url}");
        citation.GetProperty("text").GetString().Should()
            .Be($"ConflictEventsApi, dataset version {version}, {url}, accessed {today}");
    }

    [Fact]
    public async Task MetaRejectsQueryParameters()
    {
        var response = await _client.GetAsync("/meta?verbose=true", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("verbose", out _).Should().BeTrue();
    }
}
