using Dapper;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// Whether the database answers, known ahead of the requests. A probe runs <c>SELECT 1</c> on a
/// connection of its own every <see cref="ProbeInterval"/>; when it gets no answer within
/// <see cref="ProbeTimeout"/> the circuit opens: the database work of every request in flight is
/// cancelled and new requests get their 503 at once, instead of each waiting out a connect or
/// command timeout (a blackholed network gives no error, only silence). Two silent probes in a row,
/// or one that fails, open it. When a probe answers
/// again the circuit closes, the pool's connections from before are dropped, and requests reach
/// the database again. Answers the output cache already holds are served throughout.
/// </summary>
public sealed class DatabaseCircuit(NpgsqlDataSource dataSource, IServiceProvider services, ILogger<DatabaseCircuit> logger) : BackgroundService
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>SELECT 1 answers in about a millisecond here; 400 ms of silence is not load.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// Silent probes in a row that open the circuit: a loaded machine (a CI run on two cores) can
    /// stall one probe, and a false opening would turn healthy requests into 503s. An error from
    /// the database (refused, reset, shutting down) opens it at once.
    /// </summary>
    public const int SilentProbesToOpen = 2;

    private readonly Lock _gate = new();
    private CancellationTokenSource _closed = new();
    private NpgsqlDataSource? _probeSource;
    private Task? _probe;
    private int _silentProbes;

    /// <summary>Cancelled while the circuit is open; requests link their database work to it.</summary>
    public CancellationToken Token
    {
        get { lock (_gate) return _closed.Token; }
    }

    public bool IsOpen => Token.IsCancellationRequested;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The probe's own pool of one: a busy request pool must not look like a dead database. A
        // probe that hangs is dropped by its own one-second timeouts, with no wait on a cancel.
        // (NpgsqlDataSource.ConnectionString leaves the password out, so the string is built again.)
        _probeSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(DatabaseSetup.ReaderConnectionString(services))
        {
            MaxPoolSize = 1,
            MinPoolSize = 0,
            Timeout = 1,
            CommandTimeout = 1,
            CancellationTimeout = -1,
            ApplicationName = "conflict-events-api-probe",
        }.ConnectionString);
        using var timer = new PeriodicTimer(ProbeInterval);
        try
        {
            do
            {
                switch (await ProbeAsync(stoppingToken))
                {
                    case null:
                        _silentProbes = 0;
                        Close();
                        break;
                    // One silent probe may be a stall of this machine; two in a row are the database.
                    case TimeoutException when ++_silentProbes < SilentProbesToOpen:
                        break;
                    case var failure:
                        Open(failure);
                        break;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_probeSource is not null) await _probeSource.DisposeAsync();
    }

    /// <summary>
    /// Null when the database answered in time. The deadline is kept by waiting, not by
    /// cancelling: over a silent network a cancel request is as unanswered as the query. A probe
    /// still hanging counts as a failure until it ends (its command timeout drops the connection).
    /// </summary>
    private async Task<Exception?> ProbeAsync(CancellationToken stoppingToken)
    {
        // Started on the pool, so a part of the driver that blocks cannot hold up the deadline below.
        _probe = _probe is { IsCompleted: false } hanging ? hanging : Task.Run(() => SelectOneAsync(stoppingToken), stoppingToken);
        try
        {
            await _probe.WaitAsync(ProbeTimeout, stoppingToken);
            return null;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            return exception;
        }
        // (When stopping, the exception ends the loop above.)
    }

    private async Task SelectOneAsync(CancellationToken stoppingToken)
    {
        await using var connection = await _probeSource!.OpenConnectionAsync(stoppingToken);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: stoppingToken));
    }

    private void Open(Exception failure)
    {
        lock (_gate)
        {
            if (_closed.IsCancellationRequested) return;
            _closed.Cancel();
        }
        _probeSource!.Clear();
        logger.LogWarning("Database circuit opened: the database did not answer a probe within {Timeout} ms ({Failure}); requests get 503 until it does",
            ProbeTimeout.TotalMilliseconds, failure.GetType().Name + ": " + failure.Message);
    }

    private void Close()
    {
        lock (_gate)
        {
            if (!_closed.IsCancellationRequested) return;
            // Not disposed: requests still link to and register on the old token, and a disposed
            // source would throw at them. It holds no timer, so the collector reclaims it.
            _closed = new CancellationTokenSource();
        }
        // Connections opened before the outage are likely dead (a restart) or were cut by the
        // cancellations: start afresh rather than fail a request per dead connection.
        dataSource.Clear();
        logger.LogWarning("Database circuit closed: the database answers again");
    }
}

/// <summary>A request refused because the database circuit is open (a 503).</summary>
public sealed class DatabaseCircuitOpenException(Exception? cancelled = null)
    : Exception("The database did not answer the last probe.", cancelled);

/// <summary>Links each request's database work to the circuit.</summary>
public static class DatabaseCircuitMiddleware
{
    /// <summary>
    /// Handlers pass <see cref="HttpContext.RequestAborted"/> to every query; from here on it also
    /// fires when the circuit opens. Registered inside the output cache, which writes cached
    /// answers with the client's token: those are served during an outage. The client's own token
    /// is put back before the error handler runs, so a client that left is still told apart from
    /// a database that did not answer (<see cref="DatabaseFailures.Classify(Exception, CancellationToken)"/>).
    /// Liveness never waits on the database, so it keeps the client's token alone.
    /// </summary>
    public static IApplicationBuilder UseDatabaseCircuit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/health/live"))
        {
            await next(context);
            return;
        }
        // One read of the circuit's token (a lock) per request: checked, registered on and judged by.
        var circuitOpened = context.RequestServices.GetRequiredService<DatabaseCircuit>().Token;
        // Open: a 503 before any query. (A cancelled token does not stop Npgsql from taking an idle
        // connection and then sending a cancel request for it, which waits on the silent network.)
        if (circuitOpened.IsCancellationRequested) throw new DatabaseCircuitOpenException();
        var clientAborted = context.RequestAborted;
        using var databaseWork = CancellationTokenSource.CreateLinkedTokenSource(clientAborted);
        // Not a linked token: cancelling a query makes Npgsql send PostgreSQL a cancel request over
        // a new connection and wait, synchronously inside the cancellation callback, for the server
        // to close it. Over a silent network that wait lasts until the network returns or the
        // connect timeout ends it; as linked callbacks, those waits would run one after another on
        // the probe's thread, and on pool threads they would starve every other request. Each
        // request's cancellation gets a thread of its own.
        using var opened = circuitOpened.Register(static state => new Thread(static work =>
        {
            try { ((CancellationTokenSource)work!).Cancel(); }
            catch (ObjectDisposedException) { /* The request ended meanwhile. */ }
        }) { IsBackground = true, Name = "database circuit cancellation" }.Start(state), databaseWork);
        context.RequestAborted = databaseWork.Token;
        try { await next(context); }
        catch (Exception failure) when (circuitOpened.IsCancellationRequested && !clientAborted.IsCancellationRequested
            && failure is not DatabaseCircuitOpenException)
        {
            // The circuit cancelled this request's queries: the database stopped answering, which is
            // the cause to report (not the query's cancellation, which would read as a timeout).
            throw new DatabaseCircuitOpenException(failure);
        }
        finally { context.RequestAborted = clientAborted; }
    });

    public static IServiceCollection AddDatabaseCircuit(this IServiceCollection services) =>
        services.AddSingleton<DatabaseCircuit>().AddHostedService(provider => provider.GetRequiredService<DatabaseCircuit>());
}
