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
            .WithDescription("The processes of talks the events belong to (sochi, geneva, astana), ordered by id.");
        return endpoints;
    }

    /// <summary>Lists the diplomatic tracks.</summary>
    private static async Task<Ok<PageResponse<Track>>> ListTracks(TrackQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PageResponse<Track> { Items = await queries.ListAsync(cancellationToken), NextCursor = null });
}
