using System.ComponentModel;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;
using ConflictEventsApi.Vocabulary;

namespace ConflictEventsApi.Participants;

public static class ParticipantEndpoints
{
    public static readonly IReadOnlyList<QueryParameter> Parameters =
    [
        new("role", QueryParameterType.List, "Only these roles (comma-separated).")
            { AllowedValues = Vocabularies.ParticipantRoles, Example = "boycotted" },
        QueryParameters.Format,
    ];

    public static IEndpointRouteBuilder MapParticipants(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id}/participants", ListParticipants)
            .WithTags("Events")
            .WithName("ListEventParticipants")
            .WithSummary("Who hosted, attended, boycotted or declined one event")
            .WithDescription("The event's participants and their roles as the sources report them, each with every quote " +
                "that says so and the date of the earliest report, in role then actor order. Not paged. CSV with format=csv " +
                "or Accept: text/csv (the first quote per row). Across events: GET /events?participant=…&role=….")
            .Accepts(Parameters)
            .ProducesList<ParticipantItem>(ParticipantCsv.Columns.Select(c => c.Header))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ListParticipants(
        [Description("Event id (slug), e.g. congress-of-syrian-national-dialogue.")] string id,
        ParsedQuery query, HttpContext http, ParticipantQueries participants, CancellationToken cancellationToken)
    {
        if (await participants.ListAsync(id, query.List("role"), cancellationToken) is not { } items)
            return ProblemResponses.NotFound(http, "event", id);
        return ResponseFormats.Negotiate(http.Request, query) == ResponseFormat.Csv
            ? new CsvResult<ParticipantItem>(items.ToAsyncEnumerable(), ParticipantCsv.Columns)
            : TypedResults.Ok(new PageResponse<ParticipantItem> { Items = items, NextCursor = null });
    }
}
