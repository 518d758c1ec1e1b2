using Microsoft.AspNetCore.Mvc.Testing;

namespace ConflictEventsApi.Tests.OpenApi;

/// <summary>
/// The contract is committed as docs/openapi.json: a change to the API shows as a diff of that
/// file. After an intended change, regenerate it with UPDATE_OPENAPI=1 dotnet test.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TheServedDocumentIsTheCommittedOne()
    {
        // Fetched at the README's address: the document names the origin it was fetched from.
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5080") });
        var served = await client.GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        var committedPath = Path.Combine(RepositoryPaths.Root, "docs", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(committedPath, served, TestContext.Current.CancellationToken);

        File.Exists(committedPath).Should().BeTrue("docs/openapi.json is the committed contract");
        var committed = await File.ReadAllTextAsync(committedPath, TestContext.Current.CancellationToken);
        Normalise(served).Should().Be(Normalise(committed),
            "the served OpenAPI document differs from docs/openapi.json; if the change is intended, run UPDATE_OPENAPI=1 dotnet test and commit the file");
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://api.example.org:8443")]
    public async Task TheDocumentNamesTheAbsoluteOriginItWasFetchedFrom(string origin)
    {
        // Kiota ignores a relative server URL ("/") and warns; every generated client then needs its base address by hand.
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(origin) });
        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);

        document.GetProperty("servers").EnumerateArray().Select(server => server.GetProperty("url").GetString())
            .Should().Equal(origin);
    }

    [Fact]
    public async Task EveryOperationHasAnIdASummaryATagAndDescribedParameters()
    {
        var document = await api.CreateClient().GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
            operation.Value.GetProperty("operationId").GetString().Should().NotBeNullOrWhiteSpace(where);
            operation.Value.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace(where);
            operation.Value.GetProperty("tags").GetArrayLength().Should().BeGreaterThan(0, where);
            if (operation.Value.TryGetProperty("parameters", out var parameters))
                foreach (var parameter in parameters.EnumerateArray())
                    parameter.TryGetProperty("description", out _).Should().BeTrue($"{where} parameter {parameter.GetProperty("name")}");
        }
    }

    private static string Normalise(string json) => json.ReplaceLineEndings("\n").Trim();
}
