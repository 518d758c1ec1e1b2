using System.ComponentModel;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;

namespace ConflictEventsApi.Tracks;

public static class TrackEndpoints
{
    public static IEndpointRouteBuilder MapTracks(this IEndpointRouteBuilder endpoints)
    {
        var tracks = endpoints.MapApiGroup("Tracks");
        tracks.MapGet("/tracks", ListTracks)
            .WithName("ListTracks")
            .WithSummary("List the diplomatic tracks")
            .WithDescription("The processes of talks the events belong to (sochi, geneva, astana), ordered by id.");

        tracks.MapGet("/tracks/{id}", GetTrack)
            .WithName("GetTrack")
            .WithSummary("Get one track with a summary of its events and stances")
            .WithDescription("The track, the number and date span of its events, how many actors are for, against, neutral " +
                "or mixed toward it (each actor once, by its position: the rows of GET /tracks/{id}/positions), and how many " +
                "stances of each kind concern the track or its events.");
        return endpoints;
    }

    private static async Task<Ok<PageResponse<Track>>> ListTracks(TrackQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PageResponse<Track> { Items = await queries.ListAsync(cancellationToken), NextCursor = null });

    private static async Task<Results<Ok<TrackDetail>, NotFoundProblem>> GetTrack(
        [Description("The track id: sochi, geneva or astana, as GET /tracks lists them.")] string id, HttpContext http, TrackQueries queries,
        CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(id, cancellationToken) is not { } found) return ProblemResponses.NotFound(http, "track", id);
        return TypedResults.Ok(new TrackDetail
        {
            Track = found.Track,
            Summary = new TrackSummary
            {
                EventCount = found.EventCount,
                FirstDate = found.FirstDate,
                LastDate = found.LastDate,
                // The position rule of GET /tracks/{id}/positions (position_of), so both answer one question with one number.
                Positions = PositionTally.Of(found.Positions),
                StancesByKind = found.StancesByKind,
            },
        });
    }
}
