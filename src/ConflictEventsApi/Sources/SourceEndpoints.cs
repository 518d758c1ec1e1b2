using System.ComponentModel;
using System.Globalization;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Sources;

public static class SourceEndpoints
{
    private const string ListText = "The articles of the corpus with their outlet, publication date (and how each was established) " +
        "and how many quotes of each the dataset cites, ordered by id with keyset paging; without their text.";

    private const string CitationsText = "The source's citations in text order (by startOffset), each with what it supports " +
        "(event, schedule, participant, stance, claim, actor, alias, affiliation) and the id of the event, stance, " +
        "claim or actor concerned. Keyset paging.";

    private const string SourceId = "The source id, as GET /sources lists it.";

    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder endpoints)
    {
        var sources = endpoints.MapApiGroup("Sources");

        sources.MapListAndCsv("/sources", ListSources, ExportSources, "ListSources", "List the source articles", ListText,
            SourceCsv.Columns, paged: true);

        sources.MapGet("/sources/{id}", GetSource)
            .WithName("GetSource")
            .WithSummary("Get one source article with its full text")
            .WithDescription("The article's metadata and its full text. Every citation's startOffset and length point into " +
                "this text, so any quote of the dataset can be checked against it.");

        sources.MapListAndCsv("/sources/{id}/citations", ListCitations, ExportCitations, "ListSourceCitations",
            "List every quote the dataset cites from one source", CitationsText, SourceCsv.CitationColumns, paged: true);
        return endpoints;
    }

    private static async Task<Ok<PageResponse<SourceSummary>>> ListSources([AsParameters] ListSourcesRequest request, SourceQueries sources,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, total) = await sources.ListAsync(page.CursorKey?[0], page.Limit, page.IncludeTotal, cancellationToken);
        return page.Json(rows, total, row => [row.Id]);
    }

    private static async Task<CsvFile<SourceSummary>> ExportSources([AsParameters] ListSourcesRequest request, SourceQueries sources,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, _) = await sources.ListAsync(page.CursorKey?[0], page.Limit, includeTotal: false, cancellationToken);
        return page.Csv(request.Http.Request, rows, row => [row.Id], SourceCsv.Columns);
    }

    private static async Task<Results<Ok<SourceDetail>, NotFoundProblem>> GetSource([Description(SourceId)] string id,
        HttpContext http, SourceQueries sources, CancellationToken cancellationToken) =>
        await sources.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "source", id);

    private static async Task<Results<Ok<PageResponse<SourceCitation>>, NotFoundProblem>> ListCitations([Description(SourceId)] string id,
        [AsParameters] CitationsRequest request, SourceQueries sources, CancellationToken cancellationToken) =>
        await sources.CitationsAsync(id, request.After, request.Page.Limit, request.Page.IncludeTotal, cancellationToken) is var (rows, total)
            ? request.Page.Json(rows, total, CitationsRequest.KeyOf)
            : ProblemResponses.NotFound(request.Http, "source", id);

    private static async Task<Results<CsvFile<SourceCitation>, NotFoundProblem>> ExportCitations([Description(SourceId)] string id,
        [AsParameters] CitationsRequest request, SourceQueries sources, CancellationToken cancellationToken) =>
        await sources.CitationsAsync(id, request.After, request.Page.Limit, includeTotal: false, cancellationToken) is var (rows, _)
            ? request.Page.Csv(request.Http.Request, rows, CitationsRequest.KeyOf, SourceCsv.CitationColumns)
            : ProblemResponses.NotFound(request.Http, "source", id);
}

/// <summary>The query of GET /sources and /sources.csv: paging only.</summary>
public sealed record ListSourcesRequest : CountedPagedRequest;

/// <summary>The query of a source's citations and their CSV: paging by (offset, id).</summary>
public sealed record CitationsRequest : CountedPagedRequest
{
    public override bool AcceptsCursorKey(string[] key) => key is [var offset, var id]
        && int.TryParse(offset, CultureInfo.InvariantCulture, out _) && int.TryParse(id, CultureInfo.InvariantCulture, out _);

    public CitationKey? After => Page.CursorKey is [var offset, var id]
        ? new CitationKey(int.Parse(offset, CultureInfo.InvariantCulture), int.Parse(id, CultureInfo.InvariantCulture))
        : null;

    public static string[] KeyOf(SourceCitation row) =>
        [row.StartOffset.ToString(CultureInfo.InvariantCulture), row.Id.ToString(CultureInfo.InvariantCulture)];
}
