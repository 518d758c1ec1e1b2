using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;

namespace ConflictEventsApi.Claims;

public static class ClaimEndpoints
{
    private const string ClaimsText = "Figures the sources state differently or that changed over time (death tolls, counts, planned " +
        "dates), one row per source's statement, with the value as worded, its qualifier, unit, as-of date, first " +
        "supporting quote, and its source's title, outlet, publication date and that date's precision (flat: sourceOutlet, " +
        "sourcePublishedOn, sourcePublishedPrecision, in JSON and CSV alike). Ordered by id with keyset paging.";

    private const string TopicsText = "Every topic the sources give figures for (e.g. syria-war-death-toll: 3 claims from 3 sources, " +
        "disagree true), with its title, unit and description, the number of claims and of distinct sources, the number " +
        "of distinct values, and disagree: true when the claims state more than one distinct value. Values are compared " +
        "as valueNumeric when a claim has one (400000 and 400000.0 are equal), else as valueText with case, accents and " +
        "spacing folded (\"Sochi, Russia\" equals \"sochi,  russia\"); a numeric and a text-only value always differ. " +
        "Qualifiers and units are not compared: \"around 40\" and \"40\" agree, 33 organisations and 1,600 delegates " +
        "disagree. Ordered by slug; not paged (a few dozen rows), nextCursor is always null.";

    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder endpoints)
    {
        var claims = endpoints.MapApiGroup("Claims");

        claims.MapListAndCsv("/claims", ListClaims, ExportClaims, "ListClaims", "List claims: figures as each source states them",
            ClaimsText, ClaimCsv.Columns, paged: true);

        // A literal segment outranks the {topic} parameter in routing, so a topic cannot be named "topics".
        claims.MapListAndCsv("/claims/topics", ListClaimTopics, ExportClaimTopics, "ListClaimTopics",
            "List claim topics with their counts and whether the sources disagree", TopicsText, ClaimCsv.TopicColumns);

        claims.MapGet("/claims/{topic}", GetClaimTopic)
            .WithName("GetClaimTopic")
            .WithSummary("Get a topic with every source's figure side by side")
            .WithDescription("The topic (e.g. syria-war-death-toll) and every claim on it, each with its source (id, title, " +
                "outlet, publication date and its precision) and all its verbatim quotes. Disagreeing figures are shown as the sources word them: never merged, averaged or picked.");
        return endpoints;
    }

    private static async Task<Ok<PageResponse<ClaimSummary>>> ListClaims([AsParameters] ListClaimsRequest request, ClaimQueries claims,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, total) = await claims.ListAsync(request.Filter, page.CursorKey?[0], page.Limit, page.IncludeTotal, cancellationToken);
        return page.Json(rows, total, row => [row.Id]);
    }

    private static async Task<CsvFile<ClaimSummary>> ExportClaims([AsParameters] ListClaimsRequest request, ClaimQueries claims,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, _) = await claims.ListAsync(request.Filter, page.CursorKey?[0], page.Limit, includeTotal: false, cancellationToken);
        return page.Csv(request.Http.Request, rows, row => [row.Id], ClaimCsv.Columns);
    }

    private static async Task<Ok<PageResponse<ClaimTopicSummary>>> ListClaimTopics([AsParameters] ClaimTopicsRequest request,
        ClaimQueries claims, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PageResponse<ClaimTopicSummary>
        {
            Items = await claims.ListTopicsAsync(request.Include == "claims", cancellationToken),
            NextCursor = null,
        });

    private static async Task<CsvFile<ClaimTopicSummary>> ExportClaimTopics(ClaimQueries claims, CancellationToken cancellationToken) =>
        CsvFile.Of(await claims.ListTopicsAsync(includeClaims: false, cancellationToken), ClaimCsv.TopicColumns);

    private static async Task<Results<Ok<ClaimTopicDetail>, NotFoundProblem>> GetClaimTopic(
        [Description("The topic slug, e.g. syria-war-death-toll.")] string topic, HttpContext http, ClaimQueries claims,
        CancellationToken cancellationToken) =>
        await claims.GetTopicAsync(topic, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "claim topic", topic);
}

/// <summary>The query of GET /claims/topics.</summary>
public sealed record ClaimTopicsRequest : ApiRequest
{
    [Description("claims: each topic carries every claim on it with its source and all its quotes, so the disputed figures " +
        "and every quote behind them come in one request."), Vocabulary("ClaimTopicInclude"), Example("claims")]
    public string? Include { get; init; }
}

/// <summary>The query of GET /claims and /claims.csv.</summary>
public sealed record ListClaimsRequest : CountedPagedRequest
{
    [Description("Only claims on these topics (topic slugs)."), KnownIds("claim_topics"), Example("syria-war-death-toll")]
    public string[] Topic { get; init; } = [];

    [Description("Only claims stated by these sources (source ids)."), KnownIds("sources"), Example("the-national-2017-12-25-rebel-groups-reject-sochi")]
    public string[] Source { get; init; } = [];

    public ClaimFilter Filter => new(Topic, Source);
}
