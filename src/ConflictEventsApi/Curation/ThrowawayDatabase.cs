using Dapper;
using Npgsql;

namespace ConflictEventsApi.Curation;

/// <summary>A database created for one check on the admin's server and dropped after it.</summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;
    private readonly string _name;

    private ThrowawayDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        _name = name;
        // The admin runs the migrations here; error details carry the rules' explanations. A check
        // is a one-off on a possibly busy machine: no pool, and minutes rather than seconds.
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString)
            { Database = name, IncludeErrorDetail = true, Pooling = false, CommandTimeout = 300, Timeout = 60 }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ThrowawayDatabase> CreateAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        var database = new ThrowawayDatabase(adminConnectionString, $"curate_check_{Guid.NewGuid():N}"[..26]);
        await using var connection = await database.OpenAdminAsync(cancellationToken);
        // The schema grants to this group role (0001); provisioning creates it on a real server.
        await connection.ExecuteAsync(new CommandDefinition("""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'events_readonly') THEN CREATE ROLE events_readonly NOLOGIN; END IF;
            END $$
            """, cancellationToken: cancellationToken));
        await ExecuteFormattedAsync(connection, "CREATE DATABASE %I ENCODING 'UTF8' TEMPLATE template0", database._name, cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = await OpenAdminAsync(CancellationToken.None);
        await ExecuteFormattedAsync(connection, "DROP DATABASE IF EXISTS %I WITH (FORCE)", _name, CancellationToken.None);
    }

    private async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_adminConnectionString)
            { Database = "postgres", Pooling = false, CommandTimeout = 300, Timeout = 60 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>DDL takes no parameters: the server quotes the name with format(%I), and its statement runs.</summary>
    private static async Task ExecuteFormattedAsync(NpgsqlConnection connection, string template, string name, CancellationToken cancellationToken)
    {
        var statement = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT format(@template, @name)", new { template, name }, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(statement!, cancellationToken: cancellationToken));
    }
}
