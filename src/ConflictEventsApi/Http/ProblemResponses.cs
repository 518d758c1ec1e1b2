using System.Diagnostics;
using ConflictEventsApi.Data;
using ConflictEventsApi.Telemetry;
using Microsoft.AspNetCore.Diagnostics;

namespace ConflictEventsApi.Http;

/// <summary>
/// Every error status leaves as an RFC 9457 problem document, whatever the Accept header says:
/// the framework's own pages negotiate, and a browser would get a text 404 and an empty 500.
/// </summary>
public static class ProblemResponses
{
    public const int RetryAfterSeconds = 5;

    public static WebApplicationBuilder AddProblemResponses(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = TraceId(context.HttpContext));
        return builder;
    }

    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync });
        app.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext));
        return app;
    }

    public static string TraceId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    private static async Task WriteExceptionAsync(HttpContext context)
    {
        await ReapplyCorsAsync(context);
        await WriteProblemForExceptionAsync(context);
    }

    /// <summary>
    /// The exception handler clears the headers the CORS middleware set; without them a browser
    /// dashboard could not read the 503 and its Retry-After during an outage.
    /// </summary>
    private static async Task ReapplyCorsAsync(HttpContext context)
    {
        if (!context.Request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Origin)) return;
        var policy = await context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Cors.Infrastructure.ICorsPolicyProvider>()
            .GetPolicyAsync(context, policyName: null);
        if (policy is null) return;
        var cors = context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Cors.Infrastructure.ICorsService>();
        cors.ApplyResult(cors.EvaluatePolicy(context, policy), context.Response);
    }

    private static Task WriteProblemForExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is BadHttpRequestException badRequest)
            return WriteAsync(context, badRequest.StatusCode, "Bad request", badRequest.Message);
        var failure = exception is null ? FailureClassification.Bug : DatabaseFailures.Classify(exception, context.RequestAborted);
        switch (failure.Outcome)
        {
            case FailureOutcome.ClientGone:
                // Nobody reads an answer; the request log records 499 (client closed request).
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                return Task.CompletedTask;
            case FailureOutcome.Unavailable:
                // Idle connections opened before a database restart are dead: drop them now, so the
                // requests after the database returns get fresh ones instead of failing one by one.
                if (failure.IsConnectionLost) context.RequestServices.GetRequiredService<Npgsql.NpgsqlDataSource>().Clear();
                context.RequestServices.GetService<ApiMetrics>()?.Unavailable(failure.Cause);
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "The database is unavailable",
                    $"The data store did not answer. Retry after {RetryAfterSeconds} seconds.");
            default:
                return WriteAsync(context, StatusCodes.Status500InternalServerError, "An unexpected error occurred",
                    "The error has been logged with the trace id below.");
        }
    }

    private static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (title, detail) = status switch
        {
            404 => ("Not found", $"No resource at {context.Request.Path}."),
            405 => ("Method not allowed", $"{context.Request.Method} is not allowed on {context.Request.Path}."),
            _ => (ReasonPhrase(status), null),
        };
        return WriteAsync(context, status, title, detail);
    }

    // The trace id is set here as well as in CustomizeProblemDetails: when the Accept header rules
    // out JSON, the problem details service declines and the result writes the body itself.
    /// <summary>A 400 naming every rejected query parameter and what it accepts.</summary>
    public static ValidationProblem InvalidQuery(HttpContext context, Queries.ParsedQuery query) =>
        TypedResults.ValidationProblem(query.Errors,
            detail: string.Join(" ", query.Errors.Values.SelectMany(messages => messages)),
            title: "Invalid query parameters",
            extensions: new Dictionary<string, object?> { ["traceId"] = TraceId(context) });

    public static NotFoundProblem NotFound(HttpContext context, string what, string id) =>
        new(TypedResults.Problem($"No {what} with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found",
            extensions: new Dictionary<string, object?> { ["traceId"] = TraceId(context) }));

    public static Task WriteAsync(HttpContext context, int status, string title, string? detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["traceId"] = TraceId(context) }).ExecuteAsync(context);

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
