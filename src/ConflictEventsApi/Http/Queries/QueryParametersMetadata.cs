namespace ConflictEventsApi.Http.Queries;

/// <summary>Endpoint metadata: the query parameters an endpoint accepts.</summary>
public sealed record QueryParametersMetadata(IReadOnlyList<QueryParameter> Parameters);

public static class QueryParameterEndpointExtensions
{
    /// <summary>
    /// Declares the endpoint's query parameters: anything else is rejected with a 400 problem
    /// before the handler runs, and the OpenAPI document lists exactly these.
    /// </summary>
    public static RouteHandlerBuilder Accepts(this RouteHandlerBuilder builder, params IEnumerable<QueryParameter>[] parameterGroups)
    {
        var parameters = parameterGroups.SelectMany(group => group).ToArray();
        return builder
            .WithMetadata(new QueryParametersMetadata(parameters))
            .AddEndpointFilter(async (context, next) =>
            {
                var query = context.Arguments.OfType<ParsedQuery>().FirstOrDefault()
                    ?? new ParsedQuery(context.HttpContext.Request.Query, parameters);
                return query.IsValid ? await next(context) : ProblemResponses.InvalidQuery(context.HttpContext, query);
            })
            .ProducesValidationProblem();
    }
}
