using Dapper;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// Creates the owner and reader login roles and the database, given an admin connection. Role
/// names and passwords come from the owner and reader connection strings, so configuration is
/// the single place they are set. Idempotent and safe to run from several processes at once.
/// </summary>
public sealed class DatabaseProvisioner(ILogger<DatabaseProvisioner> logger)
{
    private const long ProvisioningLockKey = 0x636f6e666c696374; // "conflict"

    public async Task ProvisionAsync(string adminConnectionString, string ownerConnectionString,
        string readerConnectionString, CancellationToken cancellationToken)
    {
        var owner = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var reader = new NpgsqlConnectionStringBuilder(readerConnectionString);
        var database = owner.Database ?? throw new InvalidOperationException("The owner connection string names no database.");
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres" };

        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@key)", new { key = ProvisioningLockKey }, cancellationToken: cancellationToken));
        try
        {
            await EnsureRoleAsync(connection, DatabaseSettings.ReadOnlyGroupRole, login: false, password: null, cancellationToken);
            await EnsureRoleAsync(connection, owner.Username!, login: true, owner.Password, cancellationToken);
            await EnsureRoleAsync(connection, reader.Username!, login: true, reader.Password, cancellationToken);
            await ExecuteFormattedAsync(connection, "GRANT %I TO %I", cancellationToken,
                DatabaseSettings.ReadOnlyGroupRole, reader.Username!);
            // The reader can never write, and no query of the API may hold a connection for long.
            await ExecuteFormattedAsync(connection, "ALTER ROLE %I SET default_transaction_read_only = on",
                cancellationToken, reader.Username!);
            await ExecuteFormattedAsync(connection, "ALTER ROLE %I SET statement_timeout = '5s'",
                cancellationToken, reader.Username!);

            var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @database)",
                new { database }, cancellationToken: cancellationToken));
            if (!exists)
            {
                logger.LogInformation("Creating database {Database} owned by {Owner}", database, owner.Username);
                await ExecuteFormattedAsync(connection, "CREATE DATABASE %I OWNER %I ENCODING 'UTF8' TEMPLATE template0",
                    cancellationToken, database, owner.Username!);
            }
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@key)", new { key = ProvisioningLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string role, bool login, string? password,
        CancellationToken cancellationToken)
    {
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = @role)", new { role }, cancellationToken: cancellationToken));
        var verb = exists ? "ALTER" : "CREATE";
        if (!login)
        {
            if (!exists) await ExecuteFormattedAsync(connection, "CREATE ROLE %I NOLOGIN", cancellationToken, role);
            return;
        }
        await ExecuteFormattedAsync(connection,
            $"{verb} ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L", cancellationToken, role, password ?? "");
    }

    /// <summary>
    /// DDL takes no bind parameters, so the server quotes the names (%I) and literals (%L) with
    /// format() and the statement it returns is executed: nothing is spliced in on this side.
    /// </summary>
    private static async Task ExecuteFormattedAsync(NpgsqlConnection connection, string template,
        CancellationToken cancellationToken, params string[] values)
    {
        var placeholders = string.Join(", ", values.Select((_, i) => $"@p{i}"));
        var parameters = new DynamicParameters();
        for (var i = 0; i < values.Length; i++) parameters.Add($"p{i}", values[i]);
        parameters.Add("template", template);
        var statement = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            $"SELECT format(@template, {placeholders})", parameters, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(statement!, cancellationToken: cancellationToken));
    }
}
