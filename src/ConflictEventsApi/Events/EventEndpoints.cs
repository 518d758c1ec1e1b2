using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Events;

public static class EventEndpoints
{
    private const string Filters = "Events (talks, congresses, statements, announcements) filtered by track, actor, kind, status, dates and text, " +
        "in date order with keyset paging.";

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder endpoints)
    {
        var events = endpoints.MapApiGroup("Events");

        events.MapListAndCsv("/events", ListEvents, ExportEvents, "ListEvents", "List events",
            Filters + " As GeoJSON: GET /events.geojson.", EventCsv.Columns, paged: true, geoJsonPath: "/events.geojson");

        events.MapGet("/events.geojson", ListEventFeatures)
            .WithName("ListEventFeatures")
            .WithSummary("List events as GeoJSON")
            .WithDescription(Filters + " A GeoJSON FeatureCollection of the page: each event a Feature, its geometry a Point " +
                "where the event's place is known, else null.");

        events.MapGet("/events/{id}", GetEvent)
            .WithName("GetEvent")
            .WithSummary("Get one event with its participants, plans, stances, claims and quotes")
            .WithDescription("The event, the actors involved and their roles, every date it was planned for as each source " +
                "reported it, the stances toward it, related figures, and the verbatim quotes supporting it.");
        return endpoints;
    }

    private static async Task<Ok<PageResponse<EventSummary>>> ListEvents([AsParameters] ListEventsRequest request, EventQueries events,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, total) = await events.ListAsync(request.Filter, request.After, page.Limit!.Value, page.IncludeTotal, cancellationToken);
        if (request.Include == "schedules") rows = await events.WithSchedulesAsync(rows, cancellationToken);
        return page.Json(rows, total, KeyOf);
    }

    private static async Task<CsvFile<EventSummary>> ExportEvents([AsParameters] ListEventsRequest request, EventQueries events,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        if (page.IsExport) return CsvFile.Of(events.StreamAsync(request.Filter, cancellationToken), EventCsv.Columns);
        var (rows, _) = await events.ListAsync(request.Filter, request.After, page.Limit!.Value, includeTotal: false, cancellationToken);
        return page.Csv(request.Http.Request, rows, KeyOf, EventCsv.Columns);
    }

    private static async Task<GeoJson<EventFeatureCollection>> ListEventFeatures([AsParameters] ListEventsRequest request, EventQueries events,
        CancellationToken cancellationToken)
    {
        var page = request.Page;
        var (rows, _) = await events.ListAsync(request.Filter, request.After, page.Limit!.Value, includeTotal: false, cancellationToken);
        if (request.Include == "schedules") rows = await events.WithSchedulesAsync(rows, cancellationToken);
        var (items, next) = page.Cut(rows, KeyOf);
        return new GeoJson<EventFeatureCollection>(EventFeatureCollection.From(items, next));
    }

    private static async Task<Results<Ok<EventDetail>, NotFoundProblem>> GetEvent(
        [Description("Event id (slug), e.g. congress-of-syrian-national-dialogue.")] string id, HttpContext http, EventQueries events,
        CancellationToken cancellationToken) =>
        await events.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "event", id);

    private static string[] KeyOf(EventSummary row) => DateKeyset.CursorKey(EventQueries.SortKeyOf(row), row.Id);
}

/// <summary>The query of GET /events, /events.csv and /events.geojson.</summary>
public sealed record ListEventsRequest : CountedPagedRequest, IValidatedRequest
{
    [Description("Only events of these tracks (case-insensitive)."), KnownIds("tracks"), Example("sochi")]
    public string[] Track { get; init; } = [];

    [Description("Only events where this actor (id, name or alias; case- and accent-insensitive) or one of its organs and spokespeople " +
        "(exact=true: the actor alone) is a participant or took a stance toward the event. An alias naming several actors is a 400 listing them.")]
    [Example("france")]
    public string? Actor { get; init; }

    [Description("Only events where this actor (id, name or alias) or one of its organs (exact=true: the actor alone) has a participant role; with role, one of those roles.")]
    [Example("syrian-negotiation-commission")]
    public string? Participant { get; init; }

    [Description("Only events where a participant (the participant given, else anyone) has one of these roles."), Vocabulary("ParticipantRole"), Example("boycotted")]
    public string[] Role { get; init; } = [];

    [Description(ActorReference.ExactDescription), DataType(QueryValueTypes.Boolean), Example("false")]
    public string? Exact { get; init; }

    [Description("Only events of these kinds."), Vocabulary("EventKind")]
    public string[] Kind { get; init; } = [];

    [Description("Only events with these statuses."), Vocabulary("EventStatus")]
    public string[] Status { get; init; } = [];

    [Description("Only events whose last day is on or after this date (yyyy-MM-dd)."), DataType(QueryValueTypes.Date), Example("2017-12-01")]
    public string? From { get; init; }

    [Description("Only events whose first day is on or before this date (yyyy-MM-dd); not before from."), DataType(QueryValueTypes.Date), Example("2018-01-31")]
    public string? To { get; init; }

    [Description("Full-text search (PostgreSQL websearch syntax, English stemming) over titles, summaries and the quotes citing the event, " +
        "answered from a full-text index kept with the dataset. Matches come in the list's order (sort: date, ties by id) with the same keyset paging, not by rank."), Example("boycott")]
    public string? Q { get; init; }

    [Description("date (oldest first, the default) or -date (newest first). Undated events sort as the latest: last with date, first with -date.")]
    [Vocabulary("SortOrder")]
    public string? Sort { get; init; }

    [Description("schedules: each event carries every date it was planned for (as GET /events/{id} gives them), so a timeline " +
        "needs no request per event. JSON and GeoJSON; the CSV has no such column."), Vocabulary("EventInclude"), Example("schedules")]
    public string? Include { get; init; }

    public override bool AcceptsCursorKey(string[] key) => DateKeyset.Parse(key) is not null;

    public async ValueTask ValidateAsync(RequestValidationContext context)
    {
        var exact = QueryValue.IsTrue(Exact);
        context.Keep(new ResolvedActors(
            await context.ResolveActorAsync("actor", Actor, exact),
            await context.ResolveActorAsync("participant", Participant, exact)));
    }

    public EventKey? After => DateKeyset.Parse(Page.CursorKey) is { } key ? new EventKey(key.SortDate, key.Id) : null;

    public EventFilter Filter
    {
        get
        {
            var actors = RequestValidationContext.Resolved<ResolvedActors>(Http);
            return new EventFilter(Track, actors.Actor, Kind, Status, QueryValue.Date(From), QueryValue.Date(To), Q, Sort == "-date")
            {
                ParticipantIds = actors.Participant,
                Roles = Role,
            };
        }
    }

    private sealed record ResolvedActors(string[] Actor, string[] Participant);
}
