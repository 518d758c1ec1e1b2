using System.Net.Http.Headers;

namespace ConflictEventsApi.Tests.Http;

public sealed class ProblemDetailsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    [InlineData("text/csv")]
    public async Task UnknownPathIsA404ProblemWhateverTheAcceptHeader(string accept)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await client.GetAsync("/no-such-resource", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("/no-such-resource");
    }

    [Fact]
    public async Task UnhandledExceptionIsA500ProblemWithTraceIdAndNoStackTrace()
    {
        var response = await api.CreateClient().GetAsync("/test/throw", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        var text = problem.GetRawText();
        text.Should().NotContain("hunter2").And.NotContain("InvalidOperationException").And.NotContain(" at ");
    }

    [Fact]
    public async Task WrongMethodIsA405Problem()
    {
        var response = await api.CreateClient().DeleteAsync("/tracks", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
