using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace ConflictEventsApi.Tests.Http;

/// <summary>
/// Three requests a minute per client, and requests arriving from 10.0.0.1, a trusted proxy,
/// unless the test names another address in X-Test-Remote-Address (in-memory requests have none).
/// </summary>
public sealed class RateLimitedApiFactory(PostgresServer server) : ApiFactory(server)
{
    public const int PermitLimit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:WindowSeconds", "60");
        builder.UseSetting("Network:TrustedProxies:0", "10.0.0.1");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter()));
    }

    private sealed class RemoteAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(
                    context.Request.Headers["X-Test-Remote-Address"] is { Count: > 0 } address ? address.ToString() : "10.0.0.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class RateLimitingTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task AClientOverItsLimitGetsA429ProblemWithRetryAfter()
    {
        var responses = await SendAsync(count: RateLimitedApiFactory.PermitLimit + 1, forwardedFor: "203.0.113.1");

        responses.Take(RateLimitedApiFactory.PermitLimit).Should().OnlyContain(response => response.StatusCode == HttpStatusCode.OK);
        var problem = await responses[^1].ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        responses[^1].Headers.RetryAfter!.Delta.Should().BePositive();
        problem.GetProperty("detail").GetString().Should().Contain("3 requests every 60 seconds");
        responses[^1].Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be("*", "a browser dashboard can read the 429");
    }

    [Fact]
    public async Task ClientsBehindATrustedProxyAreCountedApart()
    {
        var first = await SendAsync(count: RateLimitedApiFactory.PermitLimit + 1, forwardedFor: "203.0.113.2");

        var other = await SendAsync(count: 1, forwardedFor: "203.0.113.3");

        first[^1].StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the first client is over its limit");
        other[0].StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task XForwardedForFromAnUntrustedAddressIsIgnored()
    {
        // Each request claims a new client, but comes straight from 198.51.100.7, which is no proxy.
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i <= RateLimitedApiFactory.PermitLimit; i++)
            responses.AddRange(await SendAsync(count: 1, forwardedFor: $"203.0.113.{100 + i}", remoteAddress: "198.51.100.7"));

        responses[^1].StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task HealthChecksAreNeverLimited()
    {
        var client = api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedApiFactory.PermitLimit * 3; i++)
            statuses.Add((await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);

        statuses.Should().OnlyContain(status => status == HttpStatusCode.OK);
    }

    private async Task<List<HttpResponseMessage>> SendAsync(int count, string forwardedFor, string? remoteAddress = null)
    {
        var client = api.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/tracks");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            request.Headers.Add("Origin", "https://dashboard.example");
            if (remoteAddress is not null) request.Headers.Add("X-Test-Remote-Address", remoteAddress);
            responses.Add(await client.SendAsync(request, TestContext.Current.CancellationToken));
        }
        return responses;
    }
}
