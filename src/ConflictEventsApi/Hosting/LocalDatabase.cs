using ConflictEventsApi.Data;

namespace ConflictEventsApi.Hosting;

/// <summary>
/// The local default: when no connection string is configured, a private PostgreSQL in a data
/// folder that survives restarts supplies the three connection strings. The container disposes
/// it at shutdown, which stops the server.
/// </summary>
public sealed class LocalDatabase(ILogger<LocalDatabase> logger) : IAsyncDisposable
{
    private const string DatabaseName = "conflict_events";
    private LocalPostgres? _server;

    public async Task StartAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(LocalPostgresOptions.SectionName).Get<LocalPostgresOptions>()
            ?? new LocalPostgresOptions();
        logger.LogInformation("No ConnectionStrings:Events configured: starting a local PostgreSQL in {Folder}",
            options.RootDirectory);
        _server = await LocalPostgres.StartAsync(options, message => logger.LogInformation("{LocalPostgres}", message),
            cancellationToken);

        // The local server listens on 127.0.0.1 only; one generated password serves its three roles.
        configuration[$"ConnectionStrings:{DatabaseSettings.Admin}"] = _server.ConnectionString("postgres");
        configuration[$"ConnectionStrings:{DatabaseSettings.Owner}"] =
            _server.ConnectionString(DatabaseName, "events_owner", _server.Password);
        configuration[$"ConnectionStrings:{DatabaseSettings.Reader}"] =
            _server.ConnectionString(DatabaseName, "events_api", _server.Password);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
