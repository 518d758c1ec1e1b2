using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ConflictEventsApi.Tests.Hosting;

/// <summary>A bad setting stops start-up with a message naming it, instead of misbehaving later.</summary>
public sealed class SettingsValidationTests(PostgresServer server)
{
    [Theory]
    [InlineData("Caching:MaxAge", "-00:00:05")]
    [InlineData("Caching:DatasetVersionLifetime", "2.00:00:00")]
    [InlineData("Caching:OutputCacheMaximumBodyBytes", "0")]
    [InlineData("Caching:OutputCacheSizeLimitBytes", "-1")]
    [InlineData("Database:MaxPoolSize", "0")]
    [InlineData("Database:MaxAutoPrepare", "-1")]
    public async Task ABadSettingFailsStartUpNamingIt(string setting, string value)
    {
        // Validation runs before anything touches the database, so none is created.
        await using var api = new ApiWithSetting(server, setting, value);

        var start = () => api.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(setting);
    }

    private sealed class ApiWithSetting(PostgresServer server, string setting, string value) : ApiFactory(server)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(setting, value);
        }
    }
}
