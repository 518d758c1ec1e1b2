using Microsoft.AspNetCore.Mvc;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ConflictEventsApi.Http;

/// <summary>
/// A 404 problem as a typed result: written as application/problem+json (NotFound&lt;ProblemDetails&gt;
/// would write application/json) and documented as such from the handler's return type.
/// </summary>
public sealed class NotFoundProblem(ProblemHttpResult problem) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status404NotFound;

    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
}
