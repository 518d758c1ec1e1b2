using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Participants;

public sealed class ParticipantTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Congress = "congress-of-syrian-national-dialogue";
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task WhoBoycottedTheCongressIsOneRequestWithTheQuotes()
    {
        var page = await _client.GetJsonAsync($"/events/{Congress}/participants?role=boycotted");
        var rows = page.GetProperty("items").EnumerateArray().ToList();

        rows.Select(row => row.GetProperty("actorId").GetString()).Should().Contain("syrian-negotiation-commission");
        rows.Should().OnlyContain(row => row.GetProperty("role").GetString() == "boycotted");
        foreach (var row in rows)
        {
            row.GetProperty("reportedOn").GetString().Should().NotBeNullOrEmpty();
            row.GetProperty("citations").GetArrayLength().Should().BeGreaterThan(0, row.GetProperty("actorId").GetString());
        }
    }

    [Fact]
    public async Task EveryParticipantQuoteIsInItsSourceAtItsOffsets()
    {
        var page = await _client.GetJsonAsync($"/events/{Congress}/participants");
        await using var connection = new NpgsqlConnection(api.Postgres.ReaderConnectionString(api.DatabaseName));
        var expected = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM event_participants WHERE event_id = @id", new { id = Congress },
            cancellationToken: TestContext.Current.CancellationToken));

        page.GetProperty("items").GetArrayLength().Should().Be((int)expected);
        foreach (var citation in page.GetProperty("items").EnumerateArray().SelectMany(row => row.GetProperty("citations").EnumerateArray()))
        {
            var body = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT body FROM sources WHERE id = @id", new { id = citation.GetProperty("sourceId").GetString() },
                cancellationToken: TestContext.Current.CancellationToken));
            body!.Substring(citation.GetProperty("startOffset").GetInt32(), citation.GetProperty("length").GetInt32())
                .Should().Be(citation.GetProperty("quote").GetString());
        }
    }

    [Fact]
    public async Task EventsFilterByParticipantAndRole()
    {
        var boycotted = (await _client.GetJsonAsync("/events?participant=syrian-negotiation-commission&role=boycotted&limit=500")).Ids().ToList();
        var hosted = (await _client.GetJsonAsync("/events?participant=syrian-negotiation-commission&role=host&limit=500")).Ids().ToList();

        boycotted.Should().Contain(Congress);
        hosted.Should().NotContain(Congress);
    }

    [Fact]
    public async Task AParticipantFilterFindsTheRolesOfAnActorsOrgans()
    {
        // France's refusal is coded on France; its Foreign Ministry signs the statement.
        var france = (await _client.GetJsonAsync("/events?participant=france&limit=500")).Ids().ToList();
        var exact = (await _client.GetJsonAsync("/events?participant=france&exact=true&limit=500")).Ids().ToList();

        exact.Except(france).Should().BeEmpty();
        france.Should().Contain(Congress);
    }

    [Fact]
    public async Task ParticipantsComeAsCsv()
    {
        var csv = Csv.Parse(await _client.GetStringAsync($"/events/{Congress}/participants.csv?role=declined",
            TestContext.Current.CancellationToken));

        csv.Select(row => row["actorId"]).Should().Contain("united-states");
        csv.Should().OnlyContain(row => row["role"] == "declined" && row["quote"].Length > 0);
    }

    [Fact]
    public async Task AnUnknownEventIsA404AndAnUnknownRoleOrParticipantA400()
    {
        await (await _client.GetAsync("/events/no-such-event/participants", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/events/{Congress}/participants?role=spectator", TestContext.Current.CancellationToken))
            .ShouldBeQueryProblemNamingAsync("role");
        await (await _client.GetAsync("/events?participant=nobody-at-all", TestContext.Current.CancellationToken))
            .ShouldBeQueryProblemNamingAsync("participant");
    }
}
