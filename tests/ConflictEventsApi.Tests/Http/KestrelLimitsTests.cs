using ConflictEventsApi.Http;

namespace ConflictEventsApi.Tests.Http;

/// <summary>Kestrel's own limits and headers, on the real server in a process of its own.</summary>
public sealed class KestrelLimitsTests(PostgresServer server)
{
    [Fact]
    public async Task OversizedRequestLinesAndHeadersAreRefusedAndNoServerHeaderIsSent()
    {
        await using var api = await ApiProcess.StartAsync(server, await server.CreateMigratedDatabaseAsync());
        using var client = api.CreateClient();

        var normal = await client.GetAsync("/tracks", TestContext.Current.CancellationToken);
        var longUrl = await client.GetAsync($"/events?q={new string('a', ServerLimits.MaxRequestLineBytes)}", TestContext.Current.CancellationToken);
        using var bigHeaders = new HttpRequestMessage(HttpMethod.Get, "/tracks");
        bigHeaders.Headers.Add("X-Padding", new string('b', ServerLimits.MaxRequestHeadersBytes));
        var largeHeaders = await client.SendAsync(bigHeaders, TestContext.Current.CancellationToken);

        normal.StatusCode.Should().Be(HttpStatusCode.OK);
        normal.Headers.Contains("Server").Should().BeFalse();
        normal.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        longUrl.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        largeHeaders.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }
}
