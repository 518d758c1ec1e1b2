namespace ConflictEventsApi.Tests.Http;

public sealed class CorsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ABrowserDashboardOnAnyOriginMayReadAndSeeTheETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tracks");
        request.Headers.Add("Origin", "https://dashboard.example");

        var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("ETag");
    }

    [Fact]
    public async Task AnErrorResponseKeepsItsCorsHeadersSoABrowserCanReadTheProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/throw");
        request.Headers.Add("Origin", "https://dashboard.example");

        var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("POST", false)]
    [InlineData("PUT", false)]
    [InlineData("PATCH", false)]
    [InlineData("DELETE", false)]
    public async Task PreflightAllowsOnlyReads(string method, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/events");
        request.Headers.Add("Origin", "https://dashboard.example");
        request.Headers.Add("Access-Control-Request-Method", method);

        var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var allowedMethods = response.Headers.TryGetValues("Access-Control-Allow-Methods", out var values)
            ? string.Join(',', values).Split(',', StringSplitOptions.TrimEntries)
            : [];
        allowedMethods.Contains(method).Should().Be(allowed, $"the browser may send {method} only if the preflight lists it");
    }
}
