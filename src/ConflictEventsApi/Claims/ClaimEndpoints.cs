using System.ComponentModel;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;
using Npgsql;

namespace ConflictEventsApi.Claims;

public static class ClaimEndpoints
{
    private const string ListName = "ListClaims";

    public static readonly IReadOnlyList<QueryParameter> ListParameters =
    [
        new("topic", QueryParameterType.List, "Only claims on these topics (topic slugs, comma-separated).")
            { Example = "syria-war-death-toll" },
        new("source", QueryParameterType.List, "Only claims stated by these sources (source ids, comma-separated).")
            { Example = "the-national-2017-12-25-rebel-groups-reject-sochi" },
        .. QueryParameters.Paging,
        QueryParameters.Format,
    ];

    public static readonly IReadOnlyList<QueryParameter> TopicListParameters = [QueryParameters.Format];

    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder endpoints)
    {
        var claims = endpoints.MapGroup("/claims").WithTags("Claims");

        claims.MapGet("/", ListClaims)
            .WithName(ListName)
            .WithSummary("List claims: figures as each source states them")
            .WithDescription("Figures the sources state differently or that changed over time (death tolls, counts, planned " +
                "dates), one row per source's statement, with the value as worded, its qualifier, unit, as-of date, first " +
                "supporting quote, and its source's title, outlet, publication date and that date's precision (flat: sourceOutlet, " +
                "sourcePublishedOn, sourcePublishedPrecision, in JSON and CSV alike). Ordered by id with keyset paging; CSV with format=csv or Accept: text/csv (every match when " +
                "no limit is given).")
            .Accepts(ListParameters)
            // The typed JSON entry last: the OpenAPI document keeps one 200 entry, and it should carry the schema.
            .ProducesList<ClaimSummary>(ClaimCsv.Columns.Select(c => c.Header), csvPages: true)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        // A literal segment outranks the {topic} parameter in routing, so a topic cannot be named "topics".
        claims.MapGet("/topics", ListClaimTopics)
            .WithName("ListClaimTopics")
            .WithSummary("List claim topics with their counts and whether the sources disagree")
            .WithDescription("Every topic the sources give figures for (e.g. syria-war-death-toll: 3 claims from 3 sources, " +
                "disagree true), with its title, unit and description, the number of claims and of distinct sources, the number " +
                "of distinct values, and disagree: true when the claims state more than one distinct value. Values are compared " +
                "as valueNumeric when a claim has one (400000 and 400000.0 are equal), else as valueText with case, accents and " +
                "spacing folded (\"Sochi, Russia\" equals \"sochi,  russia\"); a numeric and a text-only value always differ. " +
                "Qualifiers and units are not compared: \"around 40\" and \"40\" agree, 33 organisations and 1,600 delegates " +
                "disagree. Ordered by slug; not paged (a few dozen rows), nextCursor is always null. CSV with format=csv or " +
                "Accept: text/csv.")
            .Accepts(TopicListParameters)
            .ProducesList<ClaimTopicSummary>(ClaimCsv.TopicColumns.Select(c => c.Header))
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        claims.MapGet("/{topic}", GetClaimTopic)
            .WithName("GetClaimTopic")
            .WithSummary("Get a topic with every source's figure side by side")
            .WithDescription("The topic (e.g. syria-war-death-toll) and every claim on it, each with its source (id, title, " +
                "outlet, publication date and its precision) and all its verbatim quotes. Disagreeing figures are shown as the sources word them: never merged, averaged or picked.")
            .Accepts([])
            .Produces<ClaimTopicDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ListClaims(ParsedQuery query, HttpContext http, ClaimQueries claims,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var list = ListRequest.Read(query, http.Request, ListName, keyCount: 1);
        await KnownIds.CheckAsync(dataSource, query, "topic", IdKind.ClaimTopic, query.List("topic"), cancellationToken);
        await KnownIds.CheckAsync(dataSource, query, "source", IdKind.Source, query.List("source"), cancellationToken);
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        var (rows, total) = await claims.ListAsync(new ClaimFilter(query.List("topic"), query.List("source")), list.CursorKey?[0],
            list.Limit, list.IncludeTotal, cancellationToken);
        return list.Respond(http, query, rows, total, row => [row.Id], ClaimCsv.Columns);
    }

    private static async Task<IResult> ListClaimTopics(ParsedQuery query, HttpContext http, ClaimQueries claims,
        CancellationToken cancellationToken)
    {
        var topics = await claims.ListTopicsAsync(cancellationToken);
        return ResponseFormats.Negotiate(http.Request, query) == ResponseFormat.Csv
            ? new CsvResult<ClaimTopicSummary>(topics.ToAsyncEnumerable(), ClaimCsv.TopicColumns)
            : TypedResults.Ok(new PageResponse<ClaimTopicSummary> { Items = topics, NextCursor = null });
    }

    private static async Task<IResult> GetClaimTopic([Description("The topic slug, e.g. syria-war-death-toll.")] string topic,
        ParsedQuery query, HttpContext http, ClaimQueries claims,
        CancellationToken cancellationToken) =>
        await claims.GetTopicAsync(topic, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "claim topic", topic);
}
