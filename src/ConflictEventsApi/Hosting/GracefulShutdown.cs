namespace ConflictEventsApi.Hosting;

/// <summary>
/// On SIGTERM the host stops accepting connections and lets in-flight requests finish, for at
/// most Hosting:ShutdownTimeoutSeconds (default 20: under the usual 30 s grace period an
/// orchestrator allows before SIGKILL, and far longer than any query may run).
/// </summary>
public static class GracefulShutdown
{
    public const int DefaultShutdownTimeoutSeconds = 20;

    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        var seconds = builder.Configuration.GetValue("Hosting:ShutdownTimeoutSeconds", DefaultShutdownTimeoutSeconds);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        return builder;
    }
}
