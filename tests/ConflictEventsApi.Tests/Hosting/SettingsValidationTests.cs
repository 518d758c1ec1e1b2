using System.Diagnostics;

namespace ConflictEventsApi.Tests.Hosting;

/// <summary>
/// A bad setting stops start-up with a message naming it, instead of misbehaving later. Run as the
/// real process an operator starts: WebApplicationFactory can surface a failed start as an
/// ObjectDisposedException of its own instead of the app's error.
/// </summary>
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
        // Validation runs before anything touches the database, so an unmigrated one will do.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ConflictEventsApi.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings__Events"] = server.ReaderConnectionString("postgres"),
                ["ConnectionStrings__EventsOwner"] = server.OwnerConnectionString("postgres"),
                ["Database__MigrateOnStartup"] = "false",
                [setting.Replace(":", "__", StringComparison.Ordinal)] = value,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        process.ExitCode.Should().NotBe(0);
        (await output + await errors).Should().Contain("OptionsValidationException").And.Contain(setting);
    }
}
