using System.Text.RegularExpressions;

namespace ConflictEventsApi.Tests.Explorer;

public sealed partial class ExplorerPageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string WebRoot = Path.Combine(RepositoryPaths.Root, "src", "ConflictEventsApi", "wwwroot", "explore");

    [Fact]
    public async Task ExploreRedirectsToThePageKeepingTheSharedState()
    {
        var client = api.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/explore?track=geneva", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/explore/?track=geneva");
    }

    [Fact]
    public async Task ThePageIsServedWithAStrictPolicyOfItsOwn()
    {
        var response = await api.CreateClient().GetAsync("/explore/", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("<script type=\"module\" src=\"app.js\">");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'none'").And.Contain("script-src 'self';").And.Contain("connect-src 'self'")
            .And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-eval").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
    }

    [Fact]
    public async Task TheRestOfTheApiKeepsItsOwnPolicy()
    {
        var response = await api.CreateClient().GetAsync("/tracks", TestContext.Current.CancellationToken);

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Be(ConflictEventsApi.Http.SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public async Task EveryFileThePageLoadsIsSameOriginAndServed()
    {
        var client = api.CreateClient();
        var html = await File.ReadAllTextAsync(Path.Combine(WebRoot, "index.html"), TestContext.Current.CancellationToken);
        var references = Reference().Matches(html).Select(match => match.Groups["url"].Value).ToList();
        references.Should().Contain(["app.js", "explore.css", "vendor/plot.umd.min.js", "vendor/d3.min.js"]);
        Inline().IsMatch(html).Should().BeFalse("the policy allows no inline script or style");

        foreach (var url in references.Where(url => url != "data:,"))
        {
            new Uri(url, UriKind.RelativeOrAbsolute).IsAbsoluteUri.Should().BeFalse($"{url} must be of the page's origin");
            if (url.StartsWith("../", StringComparison.Ordinal)) continue; // the API's own pages (Swagger UI)
            var response = await client.GetAsync($"/explore/{url}", TestContext.Current.CancellationToken);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public void ThePageScriptsImportOnlyEachOtherAndNameNoOtherOrigin()
    {
        var imports = 0;
        foreach (var file in Directory.GetFiles(WebRoot, "*.js"))
        {
            var code = File.ReadAllText(file);
            imports += Import().Count(code);
            Import().Matches(code).Select(match => match.Groups["url"].Value).Should()
                .AllSatisfy(url => url.Should().StartWith("./"), Path.GetFileName(file));
            code.Should().NotContainAny(["http://", "https://", "//cdn", "eval(", "new Function"], Path.GetFileName(file));
        }
        imports.Should().BePositive("the page's modules import each other");
    }

    [Fact]
    public async Task StaticFilesAnswerHeadAndRevalidateWithTheirETag()
    {
        var client = api.CreateClient();
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/explore/app.js"), TestContext.Current.CancellationToken);
        head.StatusCode.Should().Be(HttpStatusCode.OK);

        var again = new HttpRequestMessage(HttpMethod.Get, "/explore/app.js");
        again.Headers.IfNoneMatch.Add(head.Headers.ETag!);
        (await client.SendAsync(again, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Reference();

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=""", RegexOptions.IgnoreCase)]
    private static partial Regex Inline();

    // Static imports and exports at the start of a line, and dynamic import("...").
    [GeneratedRegex("""^\s*(?:import|export)\b[^;"\n]*?\bfrom\s*"(?<url>[^"]+)"|^\s*import\s*"(?<url>[^"]+)"|\bimport\(\s*"(?<url>[^"]+)" """, RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Import();
}
