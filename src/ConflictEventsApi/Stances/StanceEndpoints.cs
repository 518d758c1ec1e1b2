using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Stances;

public static class StanceEndpoints
{
    private const string Filters = "Positions actors took (supports, will-attend, boycotts, rejects, ...) toward events, tracks or other " +
        "actors' participation, filtered by actor, target event, track, kind, polarity, speaker and date stated, in date " +
        "order (sort=-date: newest first) with keyset paging. Each item carries its CAMEO code and the first quote supporting it.";

    public static IEndpointRouteBuilder MapStances(this IEndpointRouteBuilder endpoints)
    {
        var stances = endpoints.MapApiGroup("Stances");

        stances.MapListAndCsv("/stances", ListStances, ExportStances, "ListStances", "List stances", Filters, StanceCsv.Columns, paged: true);

        stances.MapGet("/stances/{id}", GetStance)
            .WithName("GetStance")
            .WithSummary("Get one stance with every quote supporting it")
            .WithDescription("The stance, in the item shape of GET /stances, and every citation of it from every source, " +
                "earliest source first, each with its outlet, date and offsets in the source text.");

        var actorStances = endpoints.MapApiGroup("Actors");
        actorStances.MapListAndCsv("/actors/{id}/stances", ListActorStances, ExportActorStances, "ListActorStances",
            "List the stances one actor took", "The actor's stances, in the item shape of GET /stances, in date order with keyset paging.",
            StanceCsv.Columns, paged: true);
        return endpoints;
    }

    private static async Task<Ok<PageResponse<StanceItem>>> ListStances([AsParameters] ListStancesRequest request, StanceQueries stances,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, total) = await stances.ListAsync(request.Filter, After(page), page.Limit!.Value, page.IncludeTotal, cancellationToken);
        return page.Json(rows, total, KeyOf);
    }

    private static async Task<CsvFile<StanceItem>> ExportStances([AsParameters] ListStancesRequest request, StanceQueries stances,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        if (page.IsExport) return CsvFile.Of(stances.StreamAsync(request.Filter, cancellationToken), StanceCsv.Columns);
        var (rows, _) = await stances.ListAsync(request.Filter, After(page), page.Limit!.Value, includeTotal: false, cancellationToken);
        return page.Csv(request.Http.Request, rows, KeyOf, StanceCsv.Columns);
    }

    private static async Task<Results<Ok<StanceDetail>, NotFoundProblem>> GetStance(
        [Description("Stance id (slug), e.g. turkey-opposes-pyd-participation.")] string id,
        HttpContext http, StanceQueries stances, CancellationToken cancellationToken) =>
        await stances.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "stance", id);

    private static async Task<Results<Ok<PageResponse<StanceItem>>, NotFoundProblem>> ListActorStances(
        [Description("The actor id, e.g. from GET /actors.")] string id, [AsParameters] ActorStancesRequest request,
        StanceQueries stances, CancellationToken cancellationToken)
    {
        var page = request.Page;
        if (await stances.ListForActorAsync(id, After(page), page.Limit!.Value, page.IncludeTotal, cancellationToken) is not { } found)
            return ProblemResponses.NotFound(request.Http, "actor", id);
        return page.Json(found.Rows, found.Total, KeyOf);
    }

    private static async Task<Results<CsvFile<StanceItem>, NotFoundProblem>> ExportActorStances(
        [Description("The actor id, e.g. from GET /actors.")] string id, [AsParameters] ActorStancesRequest request,
        StanceQueries stances, CancellationToken cancellationToken)
    {
        var page = request.Page;
        if (page.IsExport)
            return await stances.ActorExistsAsync(id, cancellationToken)
                ? CsvFile.Of(stances.StreamAsync(StanceFilter.OfActor(id), cancellationToken), StanceCsv.Columns)
                : ProblemResponses.NotFound(request.Http, "actor", id);
        if (await stances.ListForActorAsync(id, After(page), page.Limit!.Value, includeTotal: false, cancellationToken) is not { } found)
            return ProblemResponses.NotFound(request.Http, "actor", id);
        return page.Csv(request.Http.Request, found.Rows, KeyOf, StanceCsv.Columns);
    }

    private static StanceKey? After(ListRequest page) =>
        DateKeyset.Parse(page.CursorKey) is { } key ? new StanceKey(key.SortDate, key.Id) : null;

    private static string[] KeyOf(StanceItem row) => DateKeyset.CursorKey(StanceQueries.SortKeyOf(row), row.Id);
}

/// <summary>The query of GET /stances and /stances.csv.</summary>
public sealed record ListStancesRequest : CountedPagedRequest, IValidatedRequest
{
    [Description("Only stances of this actor (id, name or alias; case- and accent-insensitive): taken by it, by its organs and " +
        "spokespeople (part-of, spokesperson-for, leader-of, official-of, however deep: france finds its Foreign Ministry's " +
        "refusal), or spoken by any of them. exact=true keeps the actor's own stances only. An alias naming several actors is a 400 listing them.")]
    [Example("france")]
    public string? Actor { get; init; }

    [Description(ActorReference.ExactDescription), DataType(QueryValueTypes.Boolean), Example("false")]
    public string? Exact { get; init; }

    [Description("Only stances toward these events (event ids)."), KnownIds("events"), Example("congress-of-syrian-national-dialogue")]
    public string[] Event { get; init; } = [];

    [Description("Only stances toward these tracks, or toward an event of these tracks (case-insensitive)."), KnownIds("tracks"), Example("sochi")]
    public string[] Track { get; init; } = [];

    [Description("Only stances of these kinds."), Vocabulary("StanceKind")]
    public string[] Kind { get; init; } = [];

    [Description("Only stances of this polarity: -1 against, 0 neutral or undecided, 1 for."), Vocabulary("Polarity"), Example("-1")]
    public string? Polarity { get; init; }

    [Description("Only stances stated on or after this date (yyyy-MM-dd)."), DataType(QueryValueTypes.Date), Example("2017-12-01")]
    public string? From { get; init; }

    [Description("Only stances stated on or before this date (yyyy-MM-dd); not before from."), DataType(QueryValueTypes.Date), Example("2018-01-31")]
    public string? To { get; init; }

    [Description("Only stances stated by this speaker (actor id of the person who said it)."), KnownIds("actors"), Example("ahmed-ramadan")]
    public string? Speaker { get; init; }

    [Description("Only stances toward these actors or their participation (actor ids)."), KnownIds("actors"), Example("pyd")]
    public string[] TargetActor { get; init; } = [];

    [Description("Only stances toward this kind of target: event, track, actor, or participation (an actor's participation in an event).")]
    [Vocabulary("TargetType"), Example("participation")]
    public string[] TargetType { get; init; } = [];

    [Description("Only stances cited from this source (article id, from GET /sources)."), KnownIds("sources")]
    [Example("rferl-2018-01-29-sochi-conference-opens-despite-boycott")]
    public string? Source { get; init; }

    [Description("Full-text search (PostgreSQL websearch syntax, English stemming) over the stances' summaries and every quote citing them, " +
        "answered from a full-text index kept with the dataset. Matches come in the list's order (sort: date, ties by id) with the same keyset paging, not by rank.")]
    [Example("joke in bad taste")]
    public string? Q { get; init; }

    [Description("date (oldest first, the default) or -date (newest first: the latest 10 stances are sort=-date&limit=10). Ties on a date go by id.")]
    [Vocabulary("SortOrder"), Example("-date")]
    public string? Sort { get; init; }

    public override bool AcceptsCursorKey(string[] key) => DateKeyset.Parse(key) is not null;

    public async ValueTask ValidateAsync(RequestValidationContext context)
    {
        var exact = QueryValue.IsTrue(Exact);
        var actorIds = await context.ResolveActorAsync("actor", Actor, exact);
        var includeSpoken = !exact && actorIds.Length > 0
            && await ActorRollup.AnySpeaksAsync(await context.ConnectionAsync(), actorIds, context.Aborted);
        context.Keep(new ResolvedActor(actorIds, includeSpoken));
    }

    public StanceFilter Filter
    {
        get
        {
            var actor = RequestValidationContext.Resolved<ResolvedActor>(Http);
            return new StanceFilter(actor.Ids, Event, Track, Kind, QueryValue.Integer(Polarity), QueryValue.Date(From), QueryValue.Date(To), Speaker)
            {
                IncludeSpoken = actor.IncludeSpoken,
                Text = Q,
                SourceId = Source,
                TargetActorIds = TargetActor,
                TargetTypes = TargetType,
                Descending = Sort == "-date",
            };
        }
    }

    private sealed record ResolvedActor(string[] Ids, bool IncludeSpoken);
}

/// <summary>The query of GET /actors/{id}/stances and its CSV: paging only.</summary>
public sealed record ActorStancesRequest : CountedPagedRequest
{
    public override bool AcceptsCursorKey(string[] key) => DateKeyset.Parse(key) is not null;
}
