using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;

namespace ConflictEventsApi.Positions;

public static class PositionEndpoints
{
    private const string Rule = "One row per actor with a stance toward it: the latest stance decides (for, against, neutral); " +
        "stances that disagree on that latest date make it mixed. Stances toward another actor or another actor's participation " +
        "(\"Turkey opposes the PYD's participation\") never count; an actor's stance on its own attendance does. Each row gives the " +
        "deciding stance(s), first and last stated dates, how many stances are behind it (with the latest 100 of them) and the actor's participation roles. " +
        "Ordered by position (for, against, neutral, mixed), then the actor's name, then its id, with keyset paging.";

    private const string TrackText = "Every actor's position toward the track, from its stances toward the track itself and toward " +
        "the track's events, kept with the dataset. " + Rule + " GET /tracks/{id} counts these rows per position.";

    public static IEndpointRouteBuilder MapPositions(this IEndpointRouteBuilder endpoints)
    {
        var events = endpoints.MapApiGroup("Events");
        events.MapListAndCsv("/events/{id}/positions", EventPositions, ExportEventPositions, "ListEventPositions",
            "Who stands where on one event", "Every actor's position toward the event. " + Rule, PositionCsv.Columns, paged: true);

        var actors = endpoints.MapApiGroup("Actors");
        actors.MapListAndCsv("/actors/{id}/positions", ActorPositions, ExportActorPositions, "ListActorPositions",
            "Where one actor stands on each track", ActorText, PositionCsv.TrackColumns, paged: true);

        var tracks = endpoints.MapApiGroup("Tracks");
        tracks.MapListAndCsv("/tracks/{id}/positions", TrackPositions, ExportTrackPositions, "ListTrackPositions",
            "Who stands where on one track", TrackText, PositionCsv.Columns, paged: true);
        return endpoints;
    }

    private const string ActorText = "The actor's position toward each track it took a stance on, from its own stances toward the " +
        "track and the track's events, by the rule of GET /tracks/{id}/positions (the latest stances decide; disagreement is mixed), " +
        "ordered by track with keyset paging.";

    private const string ActorId = "The actor id, e.g. from GET /actors.";

    private const string EventId = "Event id (slug), e.g. congress-of-syrian-national-dialogue.";
    private const string TrackId = "The track id: sochi, geneva or astana, as GET /tracks lists them.";

    private static async Task<Results<Ok<PageResponse<ActorPosition>>, NotFoundProblem>> EventPositions([Description(EventId)] string id,
        [AsParameters] PositionsRequest request, PositionQueries positions, CancellationToken cancellationToken) =>
        await request.ListAsync(positions, PositionTarget.Event, id, cancellationToken) is { } found
            ? request.Page.Json(found.Rows, found.Total, KeyOf)
            : ProblemResponses.NotFound(request.Http, "event", id);

    private static async Task<Results<CsvFile<ActorPosition>, NotFoundProblem>> ExportEventPositions([Description(EventId)] string id,
        [AsParameters] PositionsRequest request, PositionQueries positions, CancellationToken cancellationToken) =>
        await request.ListAsync(positions, PositionTarget.Event, id, cancellationToken) is { } found
            ? request.Page.Csv(request.Http.Request, found.Rows, KeyOf, PositionCsv.Columns)
            : ProblemResponses.NotFound(request.Http, "event", id);

    private static async Task<Results<Ok<PageResponse<ActorPosition>>, NotFoundProblem>> TrackPositions([Description(TrackId)] string id,
        [AsParameters] PositionsRequest request, PositionQueries positions, CancellationToken cancellationToken) =>
        await request.ListAsync(positions, PositionTarget.Track, id, cancellationToken) is { } found
            ? request.Page.Json(found.Rows, found.Total, KeyOf)
            : ProblemResponses.NotFound(request.Http, "track", id);

    private static string[] KeyOf(ActorPosition row) => PositionKey.Of(row).CursorKey;

    private static async Task<Results<Ok<PageResponse<TrackPosition>>, NotFoundProblem>> ActorPositions([Description(ActorId)] string id,
        [AsParameters] ActorPositionsRequest request, PositionQueries positions, CancellationToken cancellationToken)
    {
        var page = request.Page;
        return await positions.ForActorAsync(id, request.Position, page.CursorKey?[0], page.Limit, cancellationToken) is { } rows
            ? page.Json(rows, null, row => [row.Track])
            : ProblemResponses.NotFound(request.Http, "actor", id);
    }

    private static async Task<Results<CsvFile<TrackPosition>, NotFoundProblem>> ExportActorPositions([Description(ActorId)] string id,
        [AsParameters] ActorPositionsRequest request, PositionQueries positions, CancellationToken cancellationToken)
    {
        var page = request.Page;
        return await positions.ForActorAsync(id, request.Position, page.CursorKey?[0], page.Limit, cancellationToken) is { } rows
            ? page.Csv(request.Http.Request, rows, row => [row.Track], PositionCsv.TrackColumns)
            : ProblemResponses.NotFound(request.Http, "actor", id);
    }

    private static async Task<Results<CsvFile<ActorPosition>, NotFoundProblem>> ExportTrackPositions([Description(TrackId)] string id,
        [AsParameters] PositionsRequest request, PositionQueries positions, CancellationToken cancellationToken) =>
        await request.ListAsync(positions, PositionTarget.Track, id, cancellationToken) is { } found
            ? request.Page.Csv(request.Http.Request, found.Rows, KeyOf, PositionCsv.Columns)
            : ProblemResponses.NotFound(request.Http, "track", id);
}

/// <summary>The query of GET /actors/{id}/positions and its CSV.</summary>
public sealed record ActorPositionsRequest : PagedRequest
{
    [Description("Only tracks toward which the actor has these positions."), Vocabulary("Position"), Example("against")]
    public string[] Position { get; init; } = [];
}

/// <summary>The query of the positions toward an event or a track, and their CSV.</summary>
public sealed record PositionsRequest : CountedPagedRequest
{
    [Description("none (the default): each actor as coded. parent: an organ counts for its whole along part-of, spokesperson-for, " +
        "leader-of and official-of (France's Foreign Ministry counts as France); member-of and backed-by never roll up.")]
    [Vocabulary("Rollup"), Example("parent")]
    public string? Rollup { get; init; }

    [Description("Only actors with these positions."), Vocabulary("Position"), Example("against")]
    public string[] Position { get; init; } = [];

    [Description("Only the rows of these actors (ids; with rollup=parent, the wholes their organs count for)."), KnownIds("actors"), Example("turkey")]
    public string[] Actor { get; init; } = [];

    public override bool AcceptsCursorKey(string[] key) => PositionKey.Parse(key) is not null;

    /// <summary>The page (limit + 1 rows; an export: all) and the total when asked; null when the event or track does not exist.</summary>
    public async Task<(IReadOnlyList<ActorPosition> Rows, long? Total)?> ListAsync(PositionQueries positions, PositionTarget target,
        string id, CancellationToken cancellationToken)
    {
        var page = Page;
        var filter = new PositionFilter(Rollup == "parent", Position, Actor, PositionKey.Parse(page.CursorKey), page.Limit, page.IncludeTotal);
        if (target == PositionTarget.Track) return await positions.ForTrackAsync(id, filter, cancellationToken);

        // An event's rows are few: filtered, cut after the cursor and counted here, in the order of a track's.
        if (await positions.ForEventAsync(id, filter.Rollup, cancellationToken) is not { } all) return null;
        var matching = all.Where(row => (Position.Length == 0 || Position.Contains(row.Position))
                                        && (Actor.Length == 0 || Actor.Contains(row.ActorId))).ToList();
        var after = filter.After is { } key ? matching.Where(key.Precedes) : matching;
        var rows = (page.Limit is { } limit ? after.Take(limit + 1) : after).ToList();
        return (rows, page.IncludeTotal ? matching.Count : null);
    }
}
