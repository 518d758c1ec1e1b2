using System.Net.Sockets;
using ConflictEventsApi.Data;
using Npgsql;

namespace ConflictEventsApi.Tests.Data;

/// <summary>
/// Every "database unavailable" failure is a 503; only a lost connection also empties the pool
/// (a timeout or an exhausted pool under load leaves healthy connections that would be reopened).
/// </summary>
public sealed class DatabaseFailuresTests
{
    public static TheoryData<string, Exception, bool> Failures => new()
    {
        { "server unreachable", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true },
        { "socket broken mid-query", new NpgsqlException("Exception while reading", new IOException("reset")), true },
        { "server shut down", new PostgresException("terminating", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown), true },
        { "pool exhausted", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()), false },
        { "statement timeout", new PostgresException("canceling statement", "ERROR", "ERROR", PostgresErrorCodes.QueryCanceled), false },
        { "too many connections", new PostgresException("too many", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void EachIsUnavailableAndOnlyALostConnectionClearsThePool(string failure, Exception exception, bool lost)
    {
        DatabaseFailures.IsUnavailable(exception, TestContext.Current.CancellationToken).Should().BeTrue(failure);
        DatabaseFailures.IsConnectionLost(exception).Should().Be(lost, failure);
    }
}
