using System.ComponentModel;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;

namespace ConflictEventsApi.Participants;

public static class ParticipantEndpoints
{
    private const string Text = "The event's participants and their roles as the sources report them, each with every quote " +
        "that says so and the date of the earliest report, in role then actor order. Not paged. Across events: " +
        "GET /events?participant=…&role=….";

    public static IEndpointRouteBuilder MapParticipants(this IEndpointRouteBuilder endpoints)
    {
        var participants = endpoints.MapApiGroup("Events");

        participants.MapListAndCsv("/events/{id}/participants", ListParticipants, ExportParticipants, "ListEventParticipants",
            "Who hosted, attended, boycotted or declined one event", Text, ParticipantCsv.Columns, csvNote: "the first quote per row");
        return endpoints;
    }

    private static async Task<Results<Ok<PageResponse<ParticipantItem>>, NotFoundProblem>> ListParticipants(
        [Description("Event id (slug), e.g. congress-of-syrian-national-dialogue.")] string id,
        [AsParameters] ParticipantsRequest request, ParticipantQueries participants, CancellationToken cancellationToken) =>
        await participants.ListAsync(id, request.Role, cancellationToken) is { } items
            ? TypedResults.Ok(new PageResponse<ParticipantItem> { Items = items, NextCursor = null })
            : ProblemResponses.NotFound(request.Http, "event", id);

    private static async Task<Results<CsvFile<ParticipantItem>, NotFoundProblem>> ExportParticipants(
        [Description("Event id (slug), e.g. congress-of-syrian-national-dialogue.")] string id,
        [AsParameters] ParticipantsRequest request, ParticipantQueries participants, CancellationToken cancellationToken) =>
        await participants.ListAsync(id, request.Role, cancellationToken) is { } items
            ? CsvFile.Of(items, ParticipantCsv.Columns)
            : ProblemResponses.NotFound(request.Http, "event", id);
}

/// <summary>The query of GET /events/{id}/participants and its CSV.</summary>
public sealed record ParticipantsRequest : ApiRequest
{
    [Description("Only these roles."), Vocabulary("ParticipantRole"), Example("boycotted")]
    public string[] Role { get; init; } = [];
}
