using System.ComponentModel.DataAnnotations;

namespace ConflictEventsApi.Data;

/// <summary>
/// Connection pool tuning from the "Database" section, applied over the reader connection string.
/// Measured on a 2-core machine (docs/performance.md): Npgsql's defaults reach about 0.2x of
/// pgbench's prepared throughput on the same SQL; these settings about 0.35x or more.
/// </summary>
public sealed class DataSourceOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Statements Npgsql prepares on the server once seen twice (Dapper never prepares): the list
    /// queries are a few fixed shapes, so planning them once per connection saves most of the
    /// server's work on a short query. 0 turns it off.
    /// </summary>
    [Range(0, 10000, ErrorMessage = "Database:MaxAutoPrepare must be from 0 (off) to 10000.")]
    public int MaxAutoPrepare { get; set; } = 32;

    /// <summary>
    /// Skip DISCARD ALL when a connection returns to the pool: the API never changes session
    /// state (it only reads), and resetting would also drop the prepared statements.
    /// </summary>
    public bool NoResetOnClose { get; set; } = true;

    /// <summary>
    /// A small pool: on a few cores, more busy server backends only take turns on the CPU;
    /// requests beyond the pool wait briefly for a connection instead (pgbench's 8 clients are
    /// the bound we measure against).
    /// </summary>
    [Range(1, 1024, ErrorMessage = "Database:MaxPoolSize must be from 1 to 1024.")]
    public int MaxPoolSize { get; set; } = 8;

    /// <summary>The tuning over a connection string; a value the operator wrote there wins.</summary>
    public string ApplyTo(string connectionString)
    {
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Unset(params string[] keys) => !keys.Any(written.ContainsKey);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (Unset("Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = MaxAutoPrepare;
        if (Unset("Auto Prepare Min Usages", "AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = 2;
        if (Unset("No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = NoResetOnClose;
        if (Unset("Maximum Pool Size", "Max Pool Size", "MaxPoolSize")) builder.MaxPoolSize = MaxPoolSize;
        return builder.ConnectionString;
    }
}
