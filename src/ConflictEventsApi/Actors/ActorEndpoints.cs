using System.ComponentModel;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;

namespace ConflictEventsApi.Actors;

public static class ActorEndpoints
{
    private const string Filters = "States, governments, ministries, armed groups, opposition bodies, organisations, people and " +
        "collectives, with their aliases and the ids of the actors they are affiliated to, filtered by kind, name or " +
        "alias, track and parent, ordered by id with keyset paging.";

    public static IEndpointRouteBuilder MapActors(this IEndpointRouteBuilder endpoints)
    {
        var actors = endpoints.MapApiGroup("Actors");

        actors.MapListAndCsv("/actors", ListActors, ExportActors, "ListActors", "List actors", Filters, ActorCsv.Columns, paged: true,
            csvNote: "lists joined with ';'");

        actors.MapGet("/actors/{id}", GetActor)
            .WithName("GetActor")
            .WithSummary("Get one actor with its aliases, affiliations, members and counts")
            .WithDescription("The actor; every alias with whether the same text also names another actor (an ambiguous " +
                "acronym such as SNC) and which; the actors it belongs to or speaks for; the actors affiliated to it; and how " +
                "many events, stances (taken and spoken) and quotes concern it.");
        return endpoints;
    }

    private static async Task<Ok<PageResponse<ActorSummary>>> ListActors([AsParameters] ListActorsRequest request, ActorQueries actors,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, total) = await actors.ListAsync(request.Filter, page.CursorKey?[0], page.Limit, page.IncludeTotal, cancellationToken);
        return page.Json(rows, total, row => [row.Id]);
    }

    private static async Task<CsvFile<ActorSummary>> ExportActors([AsParameters] ListActorsRequest request, ActorQueries actors,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, _) = await actors.ListAsync(request.Filter, page.CursorKey?[0], page.Limit, includeTotal: false, cancellationToken);
        return page.Csv(request.Http.Request, rows, row => [row.Id], ActorCsv.Columns);
    }

    private static async Task<Results<Ok<ActorDetail>, NotFoundProblem>> GetActor(
        [Description("The actor id, e.g. from GET /actors.")] string id, HttpContext http, ActorQueries actors,
        CancellationToken cancellationToken) =>
        await actors.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "actor", id);
}

/// <summary>The query of GET /actors and /actors.csv.</summary>
public sealed record ListActorsRequest : CountedPagedRequest
{
    [Description("Only actors of these kinds."), Vocabulary("ActorKind")]
    public string[] Kind { get; init; } = [];

    [Description("Only actors whose name or an alias contains this text (case- and accent-insensitive, matched literally)."), Example("assad")]
    public string? Q { get; init; }

    [Description("Only actors that take part in an event of these tracks, or took a stance toward such an event or the track (case-insensitive).")]
    [KnownIds("tracks"), Example("sochi")]
    public string[] Track { get; init; } = [];

    [Description("Only the organs of this actor id, however deep: those that are part of it or speak, lead or hold office for it " +
        "(part-of, spokesperson-for, leader-of, official-of). Members of a coalition and actors it backs are not organs.")]
    [KnownIds("actors"), Example("united-states")]
    public string? Parent { get; init; }

    public ActorFilter Filter => new(Kind, Q, Track, Parent);
}
