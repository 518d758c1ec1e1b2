namespace ConflictEventsApi.Tests.Http;

public sealed class SecurityHeadersTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/tracks")]
    [InlineData("/events/no-such-event")]
    [InlineData("/health/live")]
    [InlineData("/test/throw")]
    public async Task ApiResponsesForbidSniffingFramingAndScripts(string url)
    {
        var response = await api.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'")
            .And.Contain("frame-ancestors 'none'");
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public async Task SwaggerUiKeepsItsScriptsButNotSniffing()
    {
        var response = await api.CreateClient().GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.Contains("Content-Security-Policy").Should().BeFalse();
    }
}
