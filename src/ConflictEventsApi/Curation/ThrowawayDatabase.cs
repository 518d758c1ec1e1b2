using ConflictEventsApi.Data;
using Dapper;
using DbUp.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictEventsApi.Curation;

/// <summary>
/// A database created for one check on the admin's server and dropped after it. Migrated copies
/// come from a template kept on the server per set of scripts (named by their digest), so a
/// second check of the same draft costs a file copy instead of a migration run.
/// </summary>
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

    /// <summary>A throwaway database with <paramref name="scripts"/> applied, copied from a cached template.</summary>
    public static async Task<ThrowawayDatabase> CreateMigratedAsync(string adminConnectionString, IReadOnlyList<SqlScript> scripts,
        CancellationToken cancellationToken)
    {
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n", scripts.Select(script => script.Name + " " + DatabaseMigrator.Checksum(script.Contents))))))[..16];
        var template = $"{TemplatePrefix}{digest}";
        var database = new ThrowawayDatabase(adminConnectionString, $"curate_check_{Guid.NewGuid():N}"[..26]);
        await using var connection = await database.OpenAdminAsync(cancellationToken);
        // One builder per template: two checks started together wait for the first one's template.
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = TemplateLockKey },
            cancellationToken: cancellationToken));
        try
        {
            var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @template)", new { template }, cancellationToken: cancellationToken));
            if (!exists)
            {
                await using (var building = await CreateAsync(adminConnectionString, cancellationToken))
                {
                    await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(building.ConnectionString, scripts, cancellationToken);
                    // Older templates are of sets that changed since: keep only this one.
                    var stale = await connection.QueryAsync<string>(new CommandDefinition(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'curate\\_template\\_%'", cancellationToken: cancellationToken));
                    foreach (var old in stale)
                        await ExecuteFormattedAsync(connection, "DROP DATABASE IF EXISTS %I WITH (FORCE)", old, cancellationToken);
                    await ExecuteFormattedAsync(connection, "ALTER DATABASE %I RENAME TO " + template, building._name, cancellationToken);
                    building.Renamed = true;
                }
            }
            var statement = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT format('CREATE DATABASE %I TEMPLATE %I', @name, @template)", new { name = database._name, template },
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(statement!, cancellationToken: cancellationToken));
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = TemplateLockKey },
                cancellationToken: CancellationToken.None));
        }
        return database;
    }

    private const string TemplatePrefix = "curate_template_";
    private const long TemplateLockKey = 0x637572617465; // "curate"

    /// <summary>Set when the database became a template: it is kept, not dropped.</summary>
    private bool Renamed { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (Renamed) return;
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
