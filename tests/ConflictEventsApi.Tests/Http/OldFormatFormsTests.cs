using System.Net.Http.Headers;

namespace ConflictEventsApi.Tests.Http;

/// <summary>
/// One media type per operation: the old ways of asking a JSON list for CSV or GeoJSON (format=,
/// Accept) are a 400 that names the operation serving it, not a body a typed client cannot read.
/// </summary>
public sealed class OldFormatFormsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/events?track=sochi&format=csv", null, "format", "GET /events.csv")]
    [InlineData("/events?track=sochi&format=geojson", null, "format", "GET /events.geojson")]
    [InlineData("/events?track=sochi", "text/csv", "Accept", "GET /events.csv")]
    [InlineData("/events?track=sochi", "application/geo+json", "Accept", "GET /events.geojson")]
    [InlineData("/stances?kind=boycotts&format=csv", null, "format", "GET /stances.csv")]
    [InlineData("/claims/topics", "text/csv", "Accept", "GET /claims/topics.csv")]
    public async Task AskingAJsonListForCsvOrGeoJsonNamesTheOperationThatServesIt(string url, string? accept, string parameter, string operation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var problem = await (await _client.SendAsync(request, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty(parameter)[0].GetString().Should().Contain(operation);
    }

    [Fact]
    public async Task TheCsvOperationServesWhatFormatCsvServedWithTheSameParameters()
    {
        var response = await _client.GetAsync("/events.csv?track=sochi&limit=3", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Headers.GetValues("Link").Single().Should().StartWith("</events.csv?track=sochi&limit=3&cursor=");
    }
}
