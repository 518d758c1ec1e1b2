using System.ComponentModel;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Tracks;

public static class TrackEndpoints
{
    public static IEndpointRouteBuilder MapTracks(this IEndpointRouteBuilder endpoints)
    {
        var tracks = endpoints.MapGroup("/tracks").WithTags("Tracks");
        tracks.MapGet("/", ListTracks)
            .WithName("ListTracks")
            .WithSummary("List the diplomatic tracks")
            .WithDescription("The processes of talks the events belong to (sochi, geneva, astana), ordered by id.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .Accepts([]);

        tracks.MapGet("/{id}", GetTrack)
            .WithName("GetTrack")
            .WithSummary("Get one track with a summary of its events and stances")
            .WithDescription("The track, the number and date span of its events, and how many distinct actors took stances " +
                "for, against or neutral toward the track or any of its events, in all and per stance kind.")
            .Accepts([])
            .Produces<TrackDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<Ok<PageResponse<Track>>> ListTracks(TrackQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PageResponse<Track> { Items = await queries.ListAsync(cancellationToken), NextCursor = null });

    private static async Task<IResult> GetTrack([Description("The track id: sochi, geneva or astana, as GET /tracks lists them.")] string id,
        ParsedQuery query, HttpContext http, TrackQueries queries,
        CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "track", id);
}
