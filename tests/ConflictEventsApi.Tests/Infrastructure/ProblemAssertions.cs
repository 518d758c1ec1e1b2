namespace ConflictEventsApi.Tests.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem document with the given status and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        problem.GetProperty("traceId").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        return problem;
    }

    /// <summary>Asserts a 400 problem whose errors name the rejected query parameter.</summary>
    public static async Task<JsonElement> ShouldBeQueryProblemNamingAsync(this HttpResponseMessage response, string parameter)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(parameter, out var messages).Should().BeTrue(problem.GetRawText());
        messages[0].GetString().Should().Contain(parameter);
        return problem;
    }
}
