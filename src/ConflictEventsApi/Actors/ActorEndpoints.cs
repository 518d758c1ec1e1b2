using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;
using ConflictEventsApi.Stances;
using ConflictEventsApi.Vocabulary;
using Npgsql;

namespace ConflictEventsApi.Actors;

public static class ActorEndpoints
{
    private const string ListName = "ListActors";
    private const string StancesName = "ListActorStances";

    public static readonly IReadOnlyList<QueryParameter> ListParameters =
    [
        new("kind", QueryParameterType.List, "Only actors of these kinds.") { AllowedValues = Vocabularies.ActorKinds },
        new("q", QueryParameterType.Text,
            "Only actors whose name or an alias contains this text (case- and accent-insensitive, matched literally).")
            { Example = "assad" },
        new("track", QueryParameterType.List,
            "Only actors that take part in an event of these tracks, or took a stance toward such an event or the track (comma-separated, case-insensitive).")
            { Example = "sochi" },
        new("parent", QueryParameterType.Text,
            "Only the organs of this actor id, however deep: those that are part of it or speak, lead or hold office for it " +
            "(part-of, spokesperson-for, leader-of, official-of). Members of a coalition and actors it backs are not organs.")
            { Example = "united-states" },
        .. QueryParameters.Paging,
        QueryParameters.Format,
    ];

    public static readonly IReadOnlyList<QueryParameter> StancesParameters = [.. QueryParameters.Paging, QueryParameters.Format];

    public static IEndpointRouteBuilder MapActors(this IEndpointRouteBuilder endpoints)
    {
        var actors = endpoints.MapGroup("/actors").WithTags("Actors");

        actors.MapGet("/", ListActors)
            .WithName(ListName)
            .WithSummary("List actors")
            .WithDescription("States, governments, ministries, armed groups, opposition bodies, organisations, people and " +
                "collectives, with their aliases and the ids of the actors they are affiliated to, filtered by kind, name or " +
                "alias, track and parent, ordered by id with keyset paging. JSON by default; CSV with format=csv or " +
                "Accept: text/csv (every match when no limit is given; lists joined with ';').")
            .Accepts(ListParameters)
            .ProducesList<ActorSummary>(ActorCsv.Columns.Select(c => c.Header), csvPages: true)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        actors.MapGet("/{id}", GetActor)
            .WithName("GetActor")
            .WithSummary("Get one actor with its aliases, affiliations, members and counts")
            .WithDescription("The actor; every alias with whether the same text also names another actor (an ambiguous " +
                "acronym such as SNC) and which; the actors it belongs to or speaks for; the actors affiliated to it; and how " +
                "many events, stances (taken and spoken) and quotes concern it.")
            .Accepts([])
            .Produces<ActorDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        actors.MapGet("/{id}/stances", ListActorStances)
            .WithName(StancesName)
            .WithSummary("List the stances one actor took")
            .WithDescription("The actor's stances, in the item shape of GET /stances, in date order (undated last) with " +
                "keyset paging. CSV with format=csv or Accept: text/csv.")
            .Accepts(StancesParameters)
            .ProducesList<StanceItem>(StanceCsv.Columns.Select(c => c.Header), csvPages: true)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ListActors(ParsedQuery query, HttpContext http, ActorQueries actors,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var list = ListRequest.Read(query, http.Request, ListName, keyCount: 1);
        if (query.Text("parent") is { } parentId)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await KnownIds.CheckAsync(connection, query, "parent", IdKind.Actor, [parentId], cancellationToken);
        }
        await KnownIds.CheckAsync(dataSource, query, "track", IdKind.Track, query.List("track"), cancellationToken);
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        var filter = new ActorFilter(query.List("kind"), query.Text("q"), query.List("track"), query.Text("parent"));
        var (rows, total) = await actors.ListAsync(filter, list.CursorKey?[0], list.Limit, list.IncludeTotal, cancellationToken);
        return list.Respond(http, query, rows, total, row => [row.Id], ActorCsv.Columns);
    }

    /// <param name="id">The actor id, e.g. from GET /actors.</param>
    /// <param name="query">The validated query string (no parameters are accepted).</param>
    /// <param name="http">The request.</param>
    /// <param name="actors">Actor queries.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    private static async Task<IResult> GetActor(string id, ParsedQuery query, HttpContext http, ActorQueries actors,
        CancellationToken cancellationToken) =>
        await actors.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "actor", id);

    /// <param name="id">The actor id, e.g. from GET /actors.</param>
    /// <param name="query">The validated paging and format parameters.</param>
    /// <param name="http">The request.</param>
    /// <param name="stances">Stance queries.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    private static async Task<IResult> ListActorStances(string id, ParsedQuery query, HttpContext http, StanceQueries stances,
        CancellationToken cancellationToken)
    {
        // The cursor is bound to the actor as well as to the filters.
        var list = ListRequest.Read(query, http.Request, $"{StancesName}/{id}", keyCount: 2);
        var after = StanceEndpoints.AfterKey(query, list);
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        if (list.IsExport)
            return await stances.ActorExistsAsync(id, cancellationToken)
                ? new CsvResult<StanceItem>(stances.StreamAsync(
                    new StanceFilter([id], [], [], [], null, null, null, null), cancellationToken), StanceCsv.Columns)
                : ProblemResponses.NotFound(http, "actor", id);
        if (await stances.ListForActorAsync(id, after, list.Limit!.Value, list.IncludeTotal, cancellationToken) is not { } page)
            return ProblemResponses.NotFound(http, "actor", id);
        return StanceEndpoints.Page(http, query, list, page.Rows, page.Total);
    }
}
