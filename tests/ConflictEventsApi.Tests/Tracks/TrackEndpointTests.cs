namespace ConflictEventsApi.Tests.Tracks;

public sealed class TrackEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ListingTracksReturnsTheThreeSeededTracksInIdOrder()
    {
        var response = await api.CreateClient().GetAsync("/tracks", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var ids = body.GetProperty("items").EnumerateArray().Select(track => track.GetProperty("id").GetString());
        ids.Should().Equal("astana", "geneva", "sochi");
        body.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
        var sochi = body.GetProperty("items")[2];
        sochi.GetProperty("nameVariants").EnumerateArray().Select(v => v.GetString())
            .Should().Contain("Congress of Syrian National Dialogue");
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheTracksOperation()
    {
        var document = await api.CreateClient().GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json",
            TestContext.Current.CancellationToken);

        var operation = document.GetProperty("paths").GetProperty("/tracks").GetProperty("get");
        operation.GetProperty("operationId").GetString().Should().Be("ListTracks");
        operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace();
        operation.GetProperty("tags")[0].GetString().Should().Be("Tracks");
    }
}
