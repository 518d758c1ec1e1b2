using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Data;

public sealed class DatabaseRoleTests(PostgresServer server) : IAsyncLifetime
{
    private string _database = "";

    public async ValueTask InitializeAsync() => _database = await server.CreateMigratedDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ApiRoleReadsTheData()
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));

        var slugs = await connection.QueryAsync<string>("SELECT slug FROM tracks ORDER BY slug");

        slugs.Should().Equal("astana", "geneva", "sochi");
    }

    [Theory]
    [InlineData("INSERT INTO tracks (slug, name, description) VALUES ('x', 'x', 'x')")]
    [InlineData("UPDATE tracks SET name = 'changed'")]
    [InlineData("DELETE FROM tracks")]
    [InlineData("CREATE TABLE intruder (id int)")]
    [InlineData("DROP TABLE tracks")]
    [InlineData("TRUNCATE tracks")]
    public async Task ApiRoleCannotWriteOrChangeTheSchema(string statement)
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));

        var write = () => connection.ExecuteAsync(statement);

        var failure = await write.Should().ThrowAsync<PostgresException>();
        // 25006: read-only transaction; 42501: insufficient privilege; 42P01 never: the table exists.
        failure.Which.SqlState.Should().BeOneOf(PostgresErrorCodes.ReadOnlySqlTransaction, PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task ApiRoleCannotWriteEvenAfterLeavingReadOnlyMode()
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync("SET default_transaction_read_only = off");

        var write = () => connection.ExecuteAsync("UPDATE tracks SET name = 'changed'");

        (await write.Should().ThrowAsync<PostgresException>()).Which.SqlState
            .Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task ApiRoleSessionsAreReadOnlyWithAStatementTimeout()
    {
        await using var connection = new NpgsqlConnection(server.ReaderConnectionString(_database));

        var settings = await connection.QuerySingleAsync<(string Timeout, string ReadOnly)>(
            "SELECT current_setting('statement_timeout'), current_setting('default_transaction_read_only')");

        settings.Should().Be(("5s", "on"));
    }

    [Fact]
    public async Task ApiRoleIsNoSuperuserAndOwnsNothing()
    {
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(_database));

        var reader = await connection.QuerySingleAsync<(bool Super, bool CreateRole, bool CreateDb)>(
            "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = @role",
            new { role = PostgresServer.ReaderRole });
        var owned = await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = @role",
            new { role = PostgresServer.ReaderRole });

        reader.Should().Be((false, false, false));
        owned.Should().Be(0);
    }
}
