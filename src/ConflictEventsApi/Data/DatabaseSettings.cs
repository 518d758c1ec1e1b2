using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>The three connection strings and what each is for.</summary>
public static class DatabaseSettings
{
    /// <summary>The API's read-only role: every request's queries.</summary>
    public const string Reader = "Events";

    /// <summary>The schema owner: migrations only.</summary>
    public const string Owner = "EventsOwner";

    /// <summary>Optional superuser or CREATEROLE login that creates both roles and the database.</summary>
    public const string Admin = "EventsAdmin";

    /// <summary>The NOLOGIN group role the migrations grant SELECT to; the reader is its member.</summary>
    public const string ReadOnlyGroupRole = "events_readonly";

    public static string? Get(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value ? value : null;

    public static string Require(IConfiguration configuration, string name) =>
        Get(configuration, name) ?? throw new InvalidOperationException(
            $"ConnectionStrings:{name} is not set (environment variable ConnectionStrings__{name}).");

    /// <summary>Host, port, database and user only: connection strings are never logged whole.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
