using System.Net.Sockets;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>What a failed request's exception means for the answer it gets.</summary>
public enum FailureOutcome
{
    /// <summary>Our bug: 500, logged with the exception.</summary>
    Bug,

    /// <summary>The database cannot answer now: 503 with Retry-After; the client may retry.</summary>
    Unavailable,

    /// <summary>The client went away: no response at all, logged as 499.</summary>
    ClientGone,
}

/// <summary>Why the database could not answer; also says whether the pool's idle connections are dead.</summary>
public enum UnavailableCause
{
    None,

    /// <summary>The connection broke or could not be made (server stopped, restarted, unreachable).</summary>
    ConnectionLost,

    /// <summary>A deadline of ours or the server's (command timeout, statement_timeout).</summary>
    Timeout,

    /// <summary>No capacity: the pool is exhausted, too many connections, out of memory or disk.</summary>
    Overloaded,

    /// <summary>The database circuit is open: the last probe got no answer (DatabaseCircuit).</summary>
    NotAnswering,

    /// <summary>
    /// A result of several statements was cut short: when the database fails between statements,
    /// Dapper disposes its grid reader and the next read reports only that, not the cause.
    /// </summary>
    Interrupted,
}

/// <summary>The verdict on one exception.</summary>
public readonly record struct FailureClassification(FailureOutcome Outcome, UnavailableCause Cause)
{
    public static readonly FailureClassification Bug = new(FailureOutcome.Bug, UnavailableCause.None);
    public static readonly FailureClassification ClientGone = new(FailureOutcome.ClientGone, UnavailableCause.None);

    public static FailureClassification Unavailable(UnavailableCause cause) => new(FailureOutcome.Unavailable, cause);

    /// <summary>Idle connections opened before a restart are dead too: the pool should be emptied.</summary>
    public bool IsConnectionLost => Outcome == FailureOutcome.Unavailable && Cause == UnavailableCause.ConnectionLost;
}

/// <summary>
/// The one place that decides 503, 500 or no answer for an exception that reached the pipeline.
/// A broken connection surfaces in many shapes (each seen here: an NpgsqlException, a bare
/// IOException, "Connection is not open", an ObjectDisposedException, an AggregateException), so
/// the rules go by cause, and docs/reliability.md lists them.
/// </summary>
public static class DatabaseFailures
{
    public static FailureClassification Classify(Exception exception, CancellationToken requestAborted) =>
        // Whatever broke, nobody is waiting for the answer.
        requestAborted.IsCancellationRequested ? FailureClassification.ClientGone : Classify(exception);

    /// <summary>The verdict when the client is known to be still there.</summary>
    public static FailureClassification Classify(Exception exception) => exception switch
    {
        // Two commands on one connection: our code is wrong, whatever the database's state.
        NpgsqlOperationInProgressException => FailureClassification.Bug,
        PostgresException postgres => ClassifyState(postgres.SqlState),
        DatabaseCircuitOpenException => FailureClassification.Unavailable(UnavailableCause.NotAnswering),
        AggregateException aggregate => ClassifyAll(aggregate.Flatten().InnerExceptions),
        // The pool had no free connection within the connect timeout.
        NpgsqlException { InnerException: TimeoutException } when IsPoolExhausted(exception) =>
            FailureClassification.Unavailable(UnavailableCause.Overloaded),
        NpgsqlException { InnerException: TimeoutException } => FailureClassification.Unavailable(UnavailableCause.Timeout),
        // Connect refused, socket reset or closed mid-read, TLS failure: Npgsql wraps them all.
        NpgsqlException => FailureClassification.Unavailable(UnavailableCause.ConnectionLost),
        TimeoutException => FailureClassification.Unavailable(UnavailableCause.Timeout),
        // Not the client's (checked first): a deadline of ours cancelled the work.
        OperationCanceledException => FailureClassification.Unavailable(UnavailableCause.Timeout),
        IOException or SocketException => FailureClassification.Unavailable(UnavailableCause.ConnectionLost),
        // What Npgsql throws when a command meets a connection that broke under it.
        InvalidOperationException when IsBrokenNpgsqlConnection(exception) =>
            FailureClassification.Unavailable(UnavailableCause.ConnectionLost),
        ObjectDisposedException disposed when IsConnectionObject(disposed) =>
            FailureClassification.Unavailable(UnavailableCause.ConnectionLost),
        // Our SQL fixes the number of result sets, so a grid reader gone early is the database's failure.
        ObjectDisposedException { ObjectName: "Dapper.SqlMapper+GridReader" } =>
            FailureClassification.Unavailable(UnavailableCause.Interrupted),
        { InnerException: { } inner } => Classify(inner),
        _ => FailureClassification.Bug,
    };

    /// <summary>The database's failure explains the others (a cancelled sibling, a disposed reader): it decides.</summary>
    private static FailureClassification ClassifyAll(IReadOnlyCollection<Exception> exceptions)
    {
        var verdicts = exceptions.Select(Classify).ToList();
        return verdicts.FirstOrDefault(verdict => verdict.Outcome == FailureOutcome.Unavailable) is { Outcome: FailureOutcome.Unavailable } unavailable
            ? unavailable
            : FailureClassification.Bug;
    }

    private static FailureClassification ClassifyState(string sqlState) => sqlState switch
    {
        // Class 08: connection exception. 57P01-03: the server is shutting down, crashed or starting;
        // 57P05 and 25P03: the server closed an idle session.
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => FailureClassification.Unavailable(UnavailableCause.ConnectionLost),
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.IdleSessionTimeout or "25P03" =>
            FailureClassification.Unavailable(UnavailableCause.ConnectionLost),
        // statement_timeout, lock_timeout.
        PostgresErrorCodes.QueryCanceled or PostgresErrorCodes.LockNotAvailable => FailureClassification.Unavailable(UnavailableCause.Timeout),
        // Class 53: insufficient resources (too many connections, disk full, out of memory, ...).
        _ when sqlState.StartsWith("53", StringComparison.Ordinal) => FailureClassification.Unavailable(UnavailableCause.Overloaded),
        // Class 58: system error (I/O error, ...), a fault of the server's machine, not of the request.
        _ when sqlState.StartsWith("58", StringComparison.Ordinal) => FailureClassification.Unavailable(UnavailableCause.Overloaded),
        // Transient by definition: the same statement may succeed when retried.
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected => FailureClassification.Unavailable(UnavailableCause.Overloaded),
        // Everything else (syntax, permissions, constraint, data errors) is ours to fix.
        _ => FailureClassification.Bug,
    };

    private static bool IsPoolExhausted(Exception exception) =>
        exception.Message.Contains("pool", StringComparison.OrdinalIgnoreCase);

    // What Npgsql throws when a connection dies under a request that runs several commands or
    // reads several results on it: "Connection is not open", "The reader is closed", a broken
    // connector. Our code always opens its connection (await using, or Dapper's own open) and
    // reads each result once, so from Npgsql this means the connection went away; its misuse
    // errors ("already open"; two commands at once is its own exception type) stay bugs.
    private static bool IsBrokenNpgsqlConnection(Exception exception) =>
        exception.Source == "Npgsql" && !exception.Message.Contains("already", StringComparison.OrdinalIgnoreCase);

    private static bool IsConnectionObject(ObjectDisposedException exception) =>
        exception.ObjectName.Contains("Npgsql", StringComparison.Ordinal)
        || exception.ObjectName.Contains("Socket", StringComparison.Ordinal)
        || exception.ObjectName.Contains("Stream", StringComparison.Ordinal)
        || exception.Source is "Npgsql" or "System.Net.Sockets";
}
