using System.ComponentModel;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Positions;

public static class PositionEndpoints
{
    public static readonly QueryParameter Rollup = new("rollup", QueryParameterType.Choice,
        "none (the default): each actor as coded. parent: an organ counts for its whole along part-of, spokesperson-for, " +
        "leader-of and official-of (France's Foreign Ministry counts as France); member-of and backed-by never roll up.")
    { AllowedValues = ["none", "parent"], Example = "parent" };

    public static readonly IReadOnlyList<QueryParameter> Parameters =
    [
        Rollup,
        new("position", QueryParameterType.List, "Only actors with these positions (comma-separated).")
            { AllowedValues = ["for", "against", "neutral", "mixed"], Example = "against" },
        QueryParameters.Format,
    ];

    private const string Rule = "One row per actor with a stance toward it: the latest stance decides (for, against, neutral); " +
        "stances that disagree on that latest date make it mixed. Stances toward another actor or another actor's participation " +
        "(\"Turkey opposes the PYD's participation\") never count; an actor's stance on its own attendance does. Each row gives the " +
        "deciding stance(s), first and last stated dates, every stance behind it and the actor's participation roles. Not paged. " +
        "CSV with format=csv or Accept: text/csv.";

    public static IEndpointRouteBuilder MapPositions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id}/positions", EventPositions)
            .WithTags("Events")
            .WithName("ListEventPositions")
            .WithSummary("Who stands where on one event")
            .WithDescription("Every actor's position toward the event. " + Rule)
            .Accepts(Parameters)
            .ProducesList<ActorPosition>(PositionCsv.Columns.Select(c => c.Header))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        endpoints.MapGet("/tracks/{id}/positions", TrackPositions)
            .WithTags("Tracks")
            .WithName("ListTrackPositions")
            .WithSummary("Who stands where on one track")
            .WithDescription("Every actor's position toward the track, from its stances toward the track itself and toward " +
                "the track's events. " + Rule + " GET /tracks/{id} counts these rows per position.")
            .Accepts(Parameters)
            .ProducesList<ActorPosition>(PositionCsv.Columns.Select(c => c.Header))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static Task<IResult> EventPositions(
        [Description("Event id (slug), e.g. congress-of-syrian-national-dialogue.")] string id,
        ParsedQuery query, HttpContext http, PositionQueries positions, CancellationToken cancellationToken) =>
        ListAsync(PositionTarget.Event, "event", id, query, http, positions, cancellationToken);

    private static Task<IResult> TrackPositions(
        [Description("The track id: sochi, geneva or astana, as GET /tracks lists them.")] string id,
        ParsedQuery query, HttpContext http, PositionQueries positions, CancellationToken cancellationToken) =>
        ListAsync(PositionTarget.Track, "track", id, query, http, positions, cancellationToken);

    private static async Task<IResult> ListAsync(PositionTarget target, string what, string id, ParsedQuery query,
        HttpContext http, PositionQueries positions, CancellationToken cancellationToken)
    {
        var rollup = query.Text(Rollup.Name) == "parent";
        if (await positions.ListAsync(target, id, rollup, cancellationToken) is not { } rows)
            return ProblemResponses.NotFound(http, what, id);
        var wanted = query.List("position");
        var items = wanted.Length == 0 ? rows : rows.Where(row => wanted.Contains(row.Position)).ToList();
        return ResponseFormats.Negotiate(http.Request, query) == ResponseFormat.Csv
            ? new CsvResult<ActorPosition>(items.ToAsyncEnumerable(), PositionCsv.Columns)
            : TypedResults.Ok(new PageResponse<ActorPosition> { Items = items, NextCursor = null });
    }
}
