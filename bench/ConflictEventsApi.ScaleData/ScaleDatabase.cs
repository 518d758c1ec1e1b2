using ConflictEventsApi.Data;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictEventsApi.ScaleData;

/// <summary>
/// The scale database of one size: conflict_events_scale_&lt;events&gt;, never the app's own
/// database. Built with the app's provisioner and migrations, so it has the real schema and the
/// real five articles, then filled with synthetic rows. A complete load is marked with a comment
/// on the database, so a second run reuses it.
/// </summary>
public sealed class ScaleDatabase(string adminConnectionString, long events)
{
    public const string OwnerRole = "events_owner";
    public const string ReaderRole = "events_api";
    private const string RolePassword = "bench";

    public string Name { get; } = $"conflict_events_scale_{events}";

    private string CompleteMarker => $"conflict-events-api synthetic scale data: {events} events";

    public string ConnectionString(string role, string password) => new NpgsqlConnectionStringBuilder(adminConnectionString)
    {
        Database = Name, Username = role, Password = password,
    }.ConnectionString;

    public string Owner => ConnectionString(OwnerRole, RolePassword);
    public string Reader => ConnectionString(ReaderRole, RolePassword);
    public string Admin => new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = Name }.ConnectionString;

    public async Task<bool> IsCompleteAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        var comment = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name",
            new { name = Name }, cancellationToken: cancellationToken));
        return comment == CompleteMarker;
    }

    /// <summary>Drops a partial load, then creates the roles, the database and the schema.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            var drop = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', @name::text)", new { name = Name },
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(drop!, cancellationToken: cancellationToken));
        }
        await new DatabaseProvisioner(NullLogger<DatabaseProvisioner>.Instance)
            .ProvisionAsync(adminConnectionString, Owner, Reader, cancellationToken);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Owner, cancellationToken);
    }

    /// <summary>Applies migrations added since the load; each refreshes the derived data over the synthetic rows.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) =>
        new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Owner, cancellationToken);

    public async Task MarkCompleteAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        var comment = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT format('COMMENT ON DATABASE %I IS %L', @name::text, @marker::text)",
            new { name = Name, marker = CompleteMarker }, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(comment!, cancellationToken: cancellationToken));
    }
}
