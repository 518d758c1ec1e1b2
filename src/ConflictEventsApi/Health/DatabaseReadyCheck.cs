using ConflictEventsApi.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ConflictEventsApi.Health;

/// <summary>Ready when the database answers within a second and every migration is applied.</summary>
public sealed class DatabaseReadyCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(timeout.Token);
            var pending = await DatabaseMigrator.PendingScriptsAsync(connection, timeout.Token);
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"All {DatabaseMigrator.ScriptNames.Count} migrations applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending, first {pending[0]}.");
        }
        catch (Exception exception) when (exception is OperationCanceledException
            || DatabaseFailures.Classify(exception, cancellationToken).Outcome == FailureOutcome.Unavailable)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
