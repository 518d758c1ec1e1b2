using System.Net.Sockets;
using ConflictEventsApi.Data;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Data;

/// <summary>
/// The failure classifier, case by case: 503 when the database cannot answer now, 500 for our
/// bugs, no answer for a client that left. Each exception is produced for real on PostgreSQL where
/// one can be; the rest are built as the driver or runtime builds them.
/// </summary>
public sealed class DatabaseFailuresTests(PostgresServer server)
{
    private static CancellationToken Test => TestContext.Current.CancellationToken;

    public static TheoryData<string, Exception, FailureOutcome, UnavailableCause> BuiltFailures => new()
    {
        { "a raw IOException", new IOException("Unable to read data from the transport connection"), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "a raw SocketException", new SocketException((int)SocketError.ConnectionReset), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "a raw EndOfStreamException", new EndOfStreamException(), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "a disposed socket", new ObjectDisposedException("System.Net.Sockets.Socket"), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "a disposed Npgsql reader", new ObjectDisposedException("Npgsql.NpgsqlDataReader"), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "Dapper's grid reader disposed by a failure between statements", new ObjectDisposedException("Dapper.SqlMapper+GridReader", "The reader has been disposed; this can happen after all data has been consumed"), FailureOutcome.Unavailable, UnavailableCause.Interrupted },
        { "an aggregate led by a cancelled sibling", new AggregateException(new TaskCanceledException(), new NpgsqlException("Exception while reading from stream", new EndOfStreamException())), FailureOutcome.Unavailable, UnavailableCause.Timeout },
        { "an aggregate led by a bug", new AggregateException(new ArgumentException("bad"), new NpgsqlException("Exception while reading from stream", new IOException("reset"))), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "an aggregate of bugs only", new AggregateException(new ArgumentException("bad"), new FormatException()), FailureOutcome.Bug, UnavailableCause.None },
        { "SQLSTATE 53100 disk full", Postgres(PostgresErrorCodes.DiskFull), FailureOutcome.Unavailable, UnavailableCause.Overloaded },
        { "SQLSTATE 53200 out of memory", Postgres(PostgresErrorCodes.OutOfMemory), FailureOutcome.Unavailable, UnavailableCause.Overloaded },
        { "SQLSTATE 58030 I/O error", Postgres(PostgresErrorCodes.IoError), FailureOutcome.Unavailable, UnavailableCause.Overloaded },
        { "SQLSTATE 57P02 crash shutdown", Postgres(PostgresErrorCodes.CrashShutdown), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "SQLSTATE 57P03 cannot connect now (recovery)", Postgres(PostgresErrorCodes.CannotConnectNow), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "SQLSTATE 08006 connection failure", Postgres(PostgresErrorCodes.ConnectionFailure), FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "SQLSTATE 40P01 deadlock", Postgres(PostgresErrorCodes.DeadlockDetected), FailureOutcome.Unavailable, UnavailableCause.Overloaded },
        { "SQLSTATE XX000 internal error", Postgres(PostgresErrorCodes.InternalError), FailureOutcome.Bug, UnavailableCause.None },
        { "Npgsql's reader closed under a grid read", new InvalidOperationException("The reader is closed") { Source = "Npgsql" }, FailureOutcome.Unavailable, UnavailableCause.ConnectionLost },
        { "Npgsql told to open an open connection", new InvalidOperationException("Connection already open") { Source = "Npgsql" }, FailureOutcome.Bug, UnavailableCause.None },
        { "a format error of ours", new FormatException("Input string was not in a correct format."), FailureOutcome.Bug, UnavailableCause.None },
        { "an InvalidOperationException of ours", new InvalidOperationException("Sequence contains no elements"), FailureOutcome.Bug, UnavailableCause.None },
        { "a disposed object of ours", new ObjectDisposedException("ConflictEventsApi.Http.CsvResult"), FailureOutcome.Bug, UnavailableCause.None },
    };

    [Theory]
    [MemberData(nameof(BuiltFailures))]
    public void EachBuiltFailureHasItsOutcome(string failure, Exception exception, FailureOutcome outcome, UnavailableCause cause)
    {
        DatabaseFailures.Classify(exception, CancellationToken.None).Should().Be(new FailureClassification(outcome, cause), failure);
        DatabaseFailures.Classify(exception, new CancellationToken(canceled: true)).Outcome.Should().Be(FailureOutcome.ClientGone,
            "whatever broke, a client that left gets no answer ({0})", failure);
    }

    [Fact]
    public async Task ARefusedConnectionIsALostConnection()
    {
        var refused = new NpgsqlConnectionStringBuilder(server.ReaderConnectionString("postgres")) { Port = ClosedPort(), Timeout = 1 };

        var exception = await CaptureAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(refused.ConnectionString);
            await connection.OpenAsync(Test);
        });

        ShouldBe(exception, FailureOutcome.Unavailable, UnavailableCause.ConnectionLost);
    }

    [Fact]
    public async Task ABackendTerminatedMidQueryAndTheNextCommandOnItAreLostConnections()
    {
        await using var connection = await OpenReaderAsync();
        var query = connection.ExecuteAsync(new CommandDefinition("SELECT pg_sleep(10)", cancellationToken: Test));
        await TerminateAsync(connection.ProcessID);

        var midQuery = await CaptureAsync(() => query);
        // Not through Dapper, which would open the closed connection again: as a reader or a second
        // statement of the same request would meet it.
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        var nextCommand = await CaptureAsync(() => command.ExecuteScalarAsync(Test));

        ShouldBe(midQuery, FailureOutcome.Unavailable, UnavailableCause.ConnectionLost);
        nextCommand.Should().BeOfType<InvalidOperationException>().Which.Message.Should().StartWith("Connection is not open");
        ShouldBe(nextCommand, FailureOutcome.Unavailable, UnavailableCause.ConnectionLost);
    }

    [Fact]
    public async Task AStatementTimeoutIsATimeout()
    {
        await using var connection = await OpenReaderAsync();

        var exception = await CaptureAsync(() => connection.ExecuteAsync(new CommandDefinition(
            "SET statement_timeout = '50ms'; SELECT pg_sleep(2)", cancellationToken: Test)));

        exception.Should().BeOfType<PostgresException>().Which.SqlState.Should().Be(PostgresErrorCodes.QueryCanceled);
        ShouldBe(exception, FailureOutcome.Unavailable, UnavailableCause.Timeout);
    }

    [Fact]
    public async Task AStatementTimeoutBetweenTheStatementsOfAGridReadIsADatabaseFailure()
    {
        await using var connection = await OpenReaderAsync();
        await connection.ExecuteAsync(new CommandDefinition("SET statement_timeout = '100ms'", cancellationToken: Test));

        var exception = await CaptureAsync(async () =>
        {
            await using var grids = await connection.QueryMultipleAsync(new CommandDefinition(
                "SELECT 1; SELECT pg_sleep(2)::text; SELECT 3", cancellationToken: Test));
            await grids.ReadSingleAsync<int>();
            await grids.ReadAsync<string>();
            await grids.ReadAsync<int>();
        });

        var verdict = DatabaseFailures.Classify(exception, CancellationToken.None);
        verdict.Outcome.Should().Be(FailureOutcome.Unavailable, "{0}: {1}", exception.GetType().Name, exception.Message);
        verdict.Cause.Should().BeOneOf(UnavailableCause.Timeout, UnavailableCause.Interrupted);
    }

    [Fact]
    public async Task OurCommandTimeoutIsATimeout()
    {
        await using var connection = await OpenReaderAsync(settings =>
        {
            settings.CommandTimeout = 1;
            settings.CancellationTimeout = 100;
            return settings;
        });

        var exception = await CaptureAsync(() => connection.ExecuteAsync(new CommandDefinition("SELECT pg_sleep(5)", cancellationToken: Test)));

        ShouldBe(exception, FailureOutcome.Unavailable, UnavailableCause.Timeout);
    }

    [Fact]
    public async Task ACancellationIsTheClientsWhenItsTokenFiredAndOursOtherwise()
    {
        await using var connection = await OpenReaderAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var exception = await CaptureAsync(() => connection.ExecuteAsync(new CommandDefinition("SELECT pg_sleep(5)", cancellationToken: cancel.Token)));

        exception.Should().BeAssignableTo<OperationCanceledException>();
        DatabaseFailures.Classify(exception, cancel.Token).Should().Be(FailureClassification.ClientGone, "the request's own token fired");
        DatabaseFailures.Classify(exception, CancellationToken.None).Should().Be(
            FailureClassification.Unavailable(UnavailableCause.Timeout), "a deadline of ours (the circuit, a timeout) fired");
    }

    [Fact]
    public async Task AnExhaustedPoolIsOverload()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        var poolOfOne = new NpgsqlConnectionStringBuilder(server.ReaderConnectionString(database)) { MaxPoolSize = 1, Timeout = 1 };
        await using var dataSource = NpgsqlDataSource.Create(poolOfOne.ConnectionString);
        await using var held = await dataSource.OpenConnectionAsync(Test);

        var exception = await CaptureAsync(async () => { await using var second = await dataSource.OpenConnectionAsync(Test); });

        ShouldBe(exception, FailureOutcome.Unavailable, UnavailableCause.Overloaded);
    }

    [Fact]
    public async Task TooManyConnectionsIsOverload()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        await AdminExecuteAsync($"ALTER DATABASE \"{database}\" CONNECTION LIMIT 0");

        var exception = await CaptureAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(server.ReaderConnectionString(database));
            await connection.OpenAsync(Test);
        });

        exception.Should().BeOfType<PostgresException>().Which.SqlState.Should().Be(PostgresErrorCodes.TooManyConnections);
        ShouldBe(exception, FailureOutcome.Unavailable, UnavailableCause.Overloaded);
    }

    [Fact]
    public async Task TwoCommandsOnOneConnectionAreOurBug()
    {
        await using var connection = await OpenReaderAsync();
        var first = connection.ExecuteAsync(new CommandDefinition("SELECT pg_sleep(0.5)", cancellationToken: Test));

        var exception = await CaptureAsync(() => connection.ExecuteAsync(new CommandDefinition("SELECT 1", cancellationToken: Test)));
        await first;

        exception.Should().BeOfType<NpgsqlOperationInProgressException>();
        ShouldBe(exception, FailureOutcome.Bug, UnavailableCause.None);
    }

    [Theory]
    [InlineData("SELEC 1", PostgresErrorCodes.SyntaxError)]
    [InlineData("INSERT INTO tracks (slug) VALUES ('x')", PostgresErrorCodes.ReadOnlySqlTransaction)]
    [InlineData("SELECT 1 / 0", PostgresErrorCodes.DivisionByZero)]
    public async Task AStatementTheServerRejectsIsOurBug(string sql, string sqlState)
    {
        await using var connection = await OpenReaderAsync();

        var exception = await CaptureAsync(() => connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: Test)));

        exception.Should().BeOfType<PostgresException>().Which.SqlState.Should().Be(sqlState);
        ShouldBe(exception, FailureOutcome.Bug, UnavailableCause.None);
    }

    /// <summary>The API's role on a database of its own, opened.</summary>
    private async Task<NpgsqlConnection> OpenReaderAsync(Func<NpgsqlConnectionStringBuilder, NpgsqlConnectionStringBuilder>? tune = null)
    {
        var database = await server.CreateMigratedDatabaseAsync();
        var settings = new NpgsqlConnectionStringBuilder(server.ReaderConnectionString(database));
        var connection = new NpgsqlConnection((tune?.Invoke(settings) ?? settings).ConnectionString);
        await connection.OpenAsync(Test);
        return connection;
    }

    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);

    private static void ShouldBe(Exception exception, FailureOutcome outcome, UnavailableCause cause) =>
        DatabaseFailures.Classify(exception, CancellationToken.None).Should().Be(new FailureClassification(outcome, cause),
            "{0}: {1}", exception.GetType().Name, exception.Message);

    private static async Task<Exception> CaptureAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception exception)
        {
            return exception;
        }
        throw new InvalidOperationException("Expected a failure, and the action succeeded.");
    }

    private async Task TerminateAsync(int processId)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString("postgres"));
        // Wait until the query is running, so it is cut mid-query rather than before it starts.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var active = await admin.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = @processId AND state = 'active')", new { processId }, cancellationToken: Test));
            if (active) break;
            await Task.Delay(20, Test);
        }
        await admin.ExecuteAsync(new CommandDefinition("SELECT pg_terminate_backend(@processId)", new { processId }, cancellationToken: Test));
    }

    private async Task AdminExecuteAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString("postgres"));
        await admin.ExecuteAsync(new CommandDefinition(sql, cancellationToken: Test));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
