namespace ConflictEventsApi.Tests.Positions;

/// <summary>GET /actors/{id}/positions: one actor across tracks, the same answer as each track's positions.</summary>
public sealed class ActorPositionsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EachTracksRowIsTheActorsRowInThatTracksPositions()
    {
        var compared = 0;
        foreach (var actor in new[] { "syrian-national-coalition", "russia", "turkey", "united-states" })
        {
            var rows = (await _client.GetJsonAsync($"/actors/{actor}/positions")).GetProperty("items").EnumerateArray().ToList();
            foreach (var row in rows)
            {
                var track = row.GetProperty("track").GetString()!;
                var ofTrack = (await _client.GetJsonAsync($"/tracks/{track}/positions")).GetProperty("items").EnumerateArray()
                    .Single(item => item.GetProperty("actorId").GetString() == actor);
                foreach (var field in new[] { "position", "decidingStanceIds", "firstStatedOn", "lastStatedOn", "stanceIds" })
                    row.GetProperty(field).GetRawText().Should().Be(ofTrack.GetProperty(field).GetRawText(), $"{actor} on {track}: {field}");
                compared++;
            }
        }

        compared.Should().BeGreaterThan(3);
    }

    [Fact]
    public async Task AnUnknownActorIsA404AndPagesFollowTheirCursor()
    {
        await (await _client.GetAsync("/actors/no-such-actor/positions", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var actors = (await _client.GetJsonAsync("/actors?limit=500")).Ids();
        string? actor = null;
        List<string?> all = [];
        foreach (var candidate in actors)
        {
            all = (await _client.GetJsonAsync($"/actors/{candidate}/positions")).GetProperty("items").EnumerateArray()
                .Select(item => item.GetProperty("track").GetString()).ToList();
            if (all.Count > 1) { actor = candidate; break; }
        }
        actor.Should().NotBeNull("some actor takes positions toward two tracks");
        var first = await _client.GetJsonAsync($"/actors/{actor}/positions?limit=1");
        var cursor = Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!);
        var second = await _client.GetJsonAsync($"/actors/{actor}/positions?limit=1&cursor={cursor}");

        second.GetProperty("items")[0].GetProperty("track").GetString().Should().Be(all[1]);
    }
}
