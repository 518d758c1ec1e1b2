using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>Which exceptions mean "the database cannot answer now" (503) rather than a bug (500).</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// As <see cref="IsUnavailable(Exception)"/>, and a cancellation the client did not cause
    /// (a timeout of ours) counts too. A client that disconnected gets no answer at all: the
    /// framework records 499 for it.
    /// </summary>
    public static bool IsUnavailable(Exception exception, CancellationToken requestAborted) =>
        exception is OperationCanceledException ? !requestAborted.IsCancellationRequested : IsUnavailable(exception);

    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => IsUnavailableState(postgres.SqlState),
        // Connection refused, broken socket, pool exhausted, connect or command timeout.
        NpgsqlException => true,
        TimeoutException => true,
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    /// <summary>
    /// Whether the connection itself is gone (the server stopped, restarted or cannot be reached),
    /// so the pool's idle connections are dead too. Not a timeout or an exhausted pool: under
    /// overload the connections are fine, and clearing them would add logins to the load.
    /// </summary>
    public static bool IsConnectionLost(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                or PostgresErrorCodes.CannotConnectNow,
        IOException or System.Net.Sockets.SocketException => true,
        _ => exception.InnerException is { } inner && IsConnectionLost(inner),
    };

    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)  // connection exception
        || sqlState is PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections
            or PostgresErrorCodes.QueryCanceled;  // statement_timeout
}
