namespace ConflictEventsApi.Tests.Health;

public sealed class HealthTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task LivenessAnswersHealthy()
    {
        var response = await api.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        body.GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task ReadinessReportsEveryMigrationAppliedWhenMigrated()
    {
        var response = await api.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        body.GetProperty("status").GetString().Should().Be("Healthy");
        body.GetProperty("checks")[0].GetProperty("description").GetString()
            .Should().Be($"All {ConflictEventsApi.Data.DatabaseMigrator.ScriptNames.Count} migrations applied.");
    }
}

public sealed class UnmigratedDatabaseApiFactory(PostgresServer server) : ApiFactory(server)
{
    protected override Task<string> CreateDatabaseAsync() => Postgres.CreateEmptyDatabaseAsync();
}

public sealed class HealthWithPendingMigrationsTests(UnmigratedDatabaseApiFactory api) : IClassFixture<UnmigratedDatabaseApiFactory>
{
    [Fact]
    public async Task ReadinessIsUnavailableWhileMigrationsArePending()
    {
        var response = await api.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        body.GetProperty("checks")[0].GetProperty("description").GetString().Should().Contain("pending");
    }

    [Fact]
    public async Task LivenessStaysHealthyWhileMigrationsArePending()
    {
        var response = await api.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
