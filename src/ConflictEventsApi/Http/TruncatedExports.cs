using ConflictEventsApi.Data;

namespace ConflictEventsApi.Http;

/// <summary>
/// A streamed response that fails after its headers were sent cannot become a 503 any more. It
/// must not end cleanly either, or the client keeps half an export as if it were whole: the
/// connection is aborted instead (HTTP/1.1: no terminating chunk, so curl exits 18 and HttpClient
/// throws; HTTP/2: the stream is reset). docs/reliability.md describes what a client sees.
/// </summary>
public static class TruncatedExports
{
    public static void Abort(HttpContext context, long rowsWritten, Exception exception)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TruncatedExports).FullName!);
        var failure = DatabaseFailures.Classify(exception, context.RequestAborted);
        context.RequestServices.GetService<Telemetry.ApiMetrics>()?.ExportTruncated(failure.Outcome == FailureOutcome.Unavailable ? failure.Cause : failure.Outcome);
        if (failure.Outcome == FailureOutcome.ClientGone)
            logger.LogInformation("Export of {Path} stopped after {Rows} rows: the client went away", context.Request.Path, rowsWritten);
        else
            logger.LogError(exception, "Export truncated after {Rows} rows of {Path} ({Outcome} {Cause}): the connection was aborted",
                rowsWritten, context.Request.Path, failure.Outcome, failure.Cause);
        // The request's own log line still says 200 (the status that left); this property says it was cut.
        context.RequestServices.GetService<Serilog.IDiagnosticContext>()?.Set("TruncatedAfterRows", rowsWritten);
        if (failure.IsConnectionLost) context.RequestServices.GetRequiredService<Npgsql.NpgsqlDataSource>().Clear();
        context.Abort();
    }
}
