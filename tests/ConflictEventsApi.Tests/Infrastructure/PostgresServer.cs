using ConflictEventsApi.Data;
using ConflictEventsApi.Hosting;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

[assembly: AssemblyFixture(typeof(ConflictEventsApi.Tests.Infrastructure.PostgresServer))]

namespace ConflictEventsApi.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL for the whole test run: a throwaway server started with the app's own
/// <see cref="LocalPostgres"/>, or the server named by TEST_DATABASE_URL (an admin connection).
/// The real migrations are applied once to a template database; each test class gets its own
/// copy (CREATE DATABASE … TEMPLATE), so classes run in parallel without seeing each other's
/// writes, and a copy costs a file copy instead of a migration run.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string OwnerRole = "events_owner";
    public const string ReaderRole = "events_api";
    private const string TemplateDatabase = "events_template";
    private const string Password = "test-password";
    private LocalPostgres? _localServer;
    private NpgsqlConnectionStringBuilder _admin = new();
    private int _databaseCount;

    public LocalPostgres? LocalServer => _localServer;

    public async ValueTask InitializeAsync()
    {
        // As the app does: snake_case columns onto PascalCase properties, for the tests' own queries.
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        if (Environment.GetEnvironmentVariable("TEST_DATABASE_URL") is { Length: > 0 } url)
        {
            _admin = new NpgsqlConnectionStringBuilder(url);
        }
        else
        {
            _localServer = await LocalPostgres.StartAsync(new LocalPostgresOptions
            {
                RootDirectory = Path.Combine(Path.GetTempPath(), $"conflict-events-tests-{Guid.NewGuid():N}"),
                DeleteOnDispose = true,
            }, _ => { });
            _admin = new NpgsqlConnectionStringBuilder(_localServer.ConnectionString("postgres"));
        }

        await ProvisionAsync(TemplateDatabase);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(OwnerConnectionString(TemplateDatabase), CancellationToken.None);
        // A template cannot be copied while anyone is connected to it.
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_localServer is not null) await _localServer.DisposeAsync();
    }

    /// <summary>A new database with every migration applied, for one test class.</summary>
    public async Task<string> CreateMigratedDatabaseAsync()
    {
        var name = $"events_test_{Interlocked.Increment(ref _databaseCount)}_{Environment.ProcessId}";
        await AdminExecuteAsync("SELECT format('CREATE DATABASE %I TEMPLATE %I OWNER %I', @name, @template, @owner)",
            new { name, template = TemplateDatabase, owner = OwnerRole });
        return name;
    }

    /// <summary>A new database with the roles in place and nothing migrated.</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = $"events_empty_{Interlocked.Increment(ref _databaseCount)}_{Environment.ProcessId}";
        await ProvisionAsync(name);
        return name;
    }

    public string AdminConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_admin.ConnectionString) { Database = database }.ConnectionString;

    public string OwnerConnectionString(string database) => RoleConnectionString(database, OwnerRole);

    public string ReaderConnectionString(string database) => RoleConnectionString(database, ReaderRole);

    private string RoleConnectionString(string database, string role) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = _admin.Host,
            Port = _admin.Port,
            Database = database,
            Username = role,
            Password = Password,
        }.ConnectionString;

    private Task ProvisionAsync(string database) =>
        new DatabaseProvisioner(NullLogger<DatabaseProvisioner>.Instance).ProvisionAsync(
            _admin.ConnectionString, OwnerConnectionString(database), ReaderConnectionString(database), CancellationToken.None);

    private async Task AdminExecuteAsync(string formatSql, object parameters)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString("postgres"));
        await connection.OpenAsync();
        var statement = await connection.ExecuteScalarAsync<string>(formatSql, parameters);
        await connection.ExecuteAsync(statement!);
    }
}
