using System.Data.Common;
using Npgsql;

namespace ConflictEventsApi.Data;

/// <summary>
/// Deliberate limits on how long a request may wait for the database, so an outage or a slow
/// query costs a quick 503 instead of a hang. A value written in the connection string wins;
/// otherwise Database:ConnectTimeoutSeconds and Database:CommandTimeoutSeconds apply.
/// </summary>
public static class DatabaseTimeouts
{
    /// <summary>Npgsql's default is 15 s: far too long for a dashboard polling every few seconds.</summary>
    public const int DefaultConnectTimeoutSeconds = 2;

    /// <summary>
    /// Longer than the reader role's statement_timeout (5 s), so the server normally cancels a slow
    /// statement first; this is the backstop when the server itself stops answering.
    /// </summary>
    public const int DefaultCommandTimeoutSeconds = 8;

    /// <summary>
    /// How long a cancelled query (a client that left, the circuit opening) waits for the server to
    /// confirm the cancel before its connection is dropped; Npgsql's 2 s would hold a 503 back.
    /// </summary>
    public const int DefaultCancellationTimeoutMilliseconds = 250;

    public static string Apply(string connectionString, IConfiguration configuration)
    {
        // The plain builder keeps only the keys actually written, so "set by the operator" is visible.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "conflict-events-api" };
        if (!written.ContainsKey("Timeout"))
            builder.Timeout = configuration.GetValue("Database:ConnectTimeoutSeconds", DefaultConnectTimeoutSeconds);
        if (!written.ContainsKey("Command Timeout") && !written.ContainsKey("CommandTimeout"))
            builder.CommandTimeout = configuration.GetValue("Database:CommandTimeoutSeconds", DefaultCommandTimeoutSeconds);
        if (!written.ContainsKey("Cancellation Timeout") && !written.ContainsKey("CancellationTimeout"))
            builder.CancellationTimeout = DefaultCancellationTimeoutMilliseconds;
        return builder.ConnectionString;
    }
}
