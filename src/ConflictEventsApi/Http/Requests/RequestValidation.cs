using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using System.Reflection;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http.Queries;
using Npgsql;

namespace ConflictEventsApi.Http.Requests;

/// <summary>
/// The API's endpoint conventions, applied once per group: every operation's query is checked
/// against its request record before the handler runs (unknown, repeated and malformed parameters,
/// unknown ids, a cursor not issued for these filters, the record's own checks), and answered with
/// one 400 problem naming each parameter; the client rate limit and the dataset's output cache
/// apply; the 400 and 503 problems are documented (the 429 by TooManyRequestsOperationFilter).
/// </summary>
public static class RequestValidation
{
    /// <summary>The name of the output cache policy the API's groups apply (Caching registers it).</summary>
    public const string OutputCachePolicy = "dataset";

    /// <summary>A group of read operations under the API's conventions, tagged for the document.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string tag)
    {
        var group = endpoints.MapGroup("").WithTags(tag);
        group.AddEndpointFilterFactory(Validate);
        group.RequireRateLimiting(ClientRateLimiting.Policy);
        group.CacheOutput(OutputCachePolicy);
        group.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        group.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"]));
        return group;
    }

    private static EndpointFilterDelegate Validate(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var parameters = factory.MethodInfo.GetParameters();
        var index = Array.FindIndex(parameters, parameter => parameter.GetCustomAttribute<AsParametersAttribute>() is not null);
        var shape = index < 0 ? RequestShape.None : RequestShape.Of(parameters[index].ParameterType);
        return async invocation =>
        {
            var http = invocation.HttpContext;
            var query = new ParsedQuery(http.Request.Query, shape.Parameters);
            if (http.GetEndpoint()?.Metadata.GetMetadata<ExportOperations>() is { } exports) PointToExports(http.Request, query, exports);
            if (query.IsValid && index >= 0 && invocation.Arguments[index] is ApiRequest request)
            {
                shape.Normalize(request, query);
                if (shape.Parameters.Any(parameter => parameter.Name == "from") && shape.Parameters.Any(parameter => parameter.Name == "to"))
                    query.DateRange();
                await using var context = new RequestValidationContext(http, query);
                foreach (var (parameter, table) in shape.KnownIds)
                    await context.CheckKnownAsync(parameter, IdKind.ByTable(table), shape.Values(request, parameter));
                if (request is PagedRequest paged) context.ReadPage(paged);
                if (query.IsValid && request is IValidatedRequest validated) await validated.ValidateAsync(context);
            }
            return query.IsValid ? await next(invocation) : ProblemResponses.InvalidQuery(http, query);
        };
    }

    /// <summary>A 400 found only from the data (a series whose open end, taken from the data, spans too many periods).</summary>
    public static ValidationProblem Invalid(HttpContext http, string parameter, string message)
    {
        var query = new ParsedQuery(QueryCollection.Empty, []);
        query.AddError(parameter, message);
        return ProblemResponses.InvalidQuery(http, query);
    }

    /// <summary>
    /// A JSON list asked for CSV or GeoJSON the old way (format=, or an Accept that prefers them):
    /// a 400 naming the operation that serves it, with the same parameters.
    /// </summary>
    private static void PointToExports(HttpRequest request, ParsedQuery query, ExportOperations exports)
    {
        var byFormat = request.Query.TryGetValue(QueryParameters.Format.Name, out var format);
        var asked = AskedFormat(request, byFormat ? format.ToString() : null);
        var path = asked switch
        {
            ResponseFormat.Csv => exports.Csv,
            ResponseFormat.GeoJson => exports.GeoJson,
            _ => null,
        };
        // format=xml stays an unknown parameter; an Accept no operation serves gets the JSON.
        if (path is null) return;
        var message = $"This operation serves JSON; {(byFormat ? $"format={format}" : $"Accept: {request.Headers.Accept}")} " +
            $"is served by GET {path}, with the same parameters.";
        if (byFormat) query.ReplaceError(QueryParameters.Format.Name, message);
        else query.AddError("Accept", message);
    }

    /// <summary>The format= asked for, else the Accept header's first acceptable type among JSON, CSV and GeoJSON; JSON by default.</summary>
    private static ResponseFormat AskedFormat(HttpRequest request, string? format)
    {
        switch (format?.Trim().ToLowerInvariant())
        {
            case "csv": return ResponseFormat.Csv;
            case "geojson": return ResponseFormat.GeoJson;
            case "json": return ResponseFormat.Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var parsed)) return ResponseFormat.Json;
        // q=0 means "not acceptable", not "least preferred".
        foreach (var type in parsed.Where(type => type.Quality is not 0).OrderByDescending(type => type.Quality ?? 1))
        {
            if (type.MediaType.Equals(ResponseFormats.Csv, StringComparison.OrdinalIgnoreCase)) return ResponseFormat.Csv;
            if (type.MediaType.Equals(ResponseFormats.GeoJson, StringComparison.OrdinalIgnoreCase)) return ResponseFormat.GeoJson;
            if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return ResponseFormat.Json;
        }
        return ResponseFormat.Json;
    }
}

/// <summary>What a request's own checks can use: the errors so far, the database, and the place to keep what they resolved.</summary>
public sealed class RequestValidationContext(HttpContext http, ParsedQuery query) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public HttpContext Http => http;

    public CancellationToken Aborted => http.RequestAborted;

    public bool IsValid => query.IsValid;

    public void AddError(string parameter, string message) => query.AddError(parameter, message);

    /// <summary>One connection for every check of the request, opened on first use.</summary>
    public async ValueTask<NpgsqlConnection> ConnectionAsync()
    {
        _connection ??= await http.RequestServices.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Aborted);
        return _connection;
    }

    public async ValueTask CheckKnownAsync(string parameter, IdKind kind, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return;
        var database = http.RequestServices.GetRequiredService<NpgsqlDataSource>().ConnectionString;
        if (await Data.KnownIds.UnknownAsync(ConnectionAsync, database, parameter, kind, ids, Aborted) is { } problem)
            AddError(parameter, problem);
    }

    /// <summary>The actors a filter names (id, name or alias), with their organs unless exact; an error when it names none or several.</summary>
    public async ValueTask<string[]> ResolveActorAsync(string parameter, string? actor, bool exact)
    {
        if (actor is null) return [];
        var (ids, problem) = await ActorReference.ResolveForFilterAsync(await ConnectionAsync(), actor, exact, Aborted);
        if (problem is not null) AddError(parameter, $"'{parameter}': {problem}");
        return ids;
    }

    /// <summary>Keeps a value the checks resolved for the handler (read back with <see cref="Resolved{T}"/>).</summary>
    public void Keep<T>(T value) where T : class => http.Features.Set(value);

    public static T Resolved<T>(HttpContext http) where T : class => http.Features.GetRequiredFeature<T>();

    internal void ReadPage(PagedRequest request)
    {
        var page = ListRequest.Read(query, http, request);
        if (page is not null) http.Features.Set(page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
