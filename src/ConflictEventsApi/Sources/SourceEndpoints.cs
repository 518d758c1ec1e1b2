using System.ComponentModel;
using System.Globalization;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Sources;

public static class SourceEndpoints
{
    private const string ListName = "ListSources";
    private const string CitationsName = "ListSourceCitations";

    public static readonly IReadOnlyList<QueryParameter> ListParameters = [.. QueryParameters.Paging, QueryParameters.Format];

    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder endpoints)
    {
        var sources = endpoints.MapGroup("/sources").WithTags("Sources");

        sources.MapGet("/", ListSources)
            .WithName(ListName)
            .WithSummary("List the source articles")
            .WithDescription("The articles of the corpus with their outlet, publication date (and how each was established) " +
                "and how many quotes of each the dataset cites, ordered by id with keyset paging; without their text. " +
                "JSON by default; CSV with format=csv or Accept: text/csv (every source when no limit is given).")
            .Accepts(ListParameters)
            // The typed JSON entry last: the OpenAPI document keeps one 200 entry, and it should carry the schema.
            .ProducesList<SourceSummary>(SourceCsv.Columns.Select(c => c.Header), csvPages: true)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        sources.MapGet("/{id}", GetSource)
            .WithName("GetSource")
            .WithSummary("Get one source article with its full text")
            .WithDescription("The article's metadata and its full text. Every citation's startOffset and length point into " +
                "this text, so any quote of the dataset can be checked against it.")
            .Accepts([])
            .Produces<SourceDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        sources.MapGet("/{id}/citations", ListCitations)
            .WithName(CitationsName)
            .WithSummary("List every quote the dataset cites from one source")
            .WithDescription("The source's citations in text order (by startOffset), each with what it supports " +
                "(event, schedule, participant, stance, claim, actor, alias, affiliation) and the id of the event, stance, " +
                "claim or actor concerned. Keyset paging; CSV with format=csv or Accept: text/csv.")
            .Accepts(ListParameters)
            .ProducesList<SourceCitation>(SourceCsv.CitationColumns.Select(c => c.Header), csvPages: true)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ListSources(ParsedQuery query, HttpContext http, SourceQueries sources,
        CancellationToken cancellationToken)
    {
        var list = ListRequest.Read(query, http.Request, ListName, keyCount: 1);
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        var (rows, total) = await sources.ListAsync(list.CursorKey?[0], list.Limit, list.IncludeTotal, cancellationToken);
        return list.Respond(http, query, rows, total, row => [row.Id], SourceCsv.Columns);
    }

    private static async Task<IResult> GetSource([Description("The source id, as GET /sources lists it.")] string id,
        ParsedQuery query, HttpContext http, SourceQueries sources,
        CancellationToken cancellationToken) =>
        await sources.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "source", id);

    private static async Task<IResult> ListCitations([Description("The source id, as GET /sources lists it.")] string id,
        ParsedQuery query, HttpContext http, SourceQueries sources,
        CancellationToken cancellationToken)
    {
        // The cursor is bound to the source as well as to the filters.
        var list = ListRequest.Read(query, http.Request, $"{CitationsName}/{id}", keyCount: 2);
        CitationKey? after = null;
        if (list.CursorKey is { } key)
        {
            if (int.TryParse(key[0], CultureInfo.InvariantCulture, out var offset) && int.TryParse(key[1], CultureInfo.InvariantCulture, out var citationId))
                after = new CitationKey(offset, citationId);
            else
                query.AddError(QueryParameters.Cursor.Name, "'cursor' is not a cursor this endpoint issued.");
        }
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        if (await sources.CitationsAsync(id, after, list.Limit, list.IncludeTotal, cancellationToken) is not var (rows, total))
            return ProblemResponses.NotFound(http, "source", id);
        return list.Respond(http, query, rows, total,
            row => [row.StartOffset.ToString(CultureInfo.InvariantCulture), row.Id.ToString(CultureInfo.InvariantCulture)],
            SourceCsv.CitationColumns);
    }
}
