using System.ComponentModel;
using ConflictEventsApi.Actors;
using ConflictEventsApi.Data;
using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Json;
using ConflictEventsApi.Vocabulary;
using Npgsql;

namespace ConflictEventsApi.Events;

public static class EventEndpoints
{
    private const string ListName = "ListEvents";

    public static readonly IReadOnlyList<QueryParameter> ListParameters =
    [
        new("track", QueryParameterType.List, "Only events of these tracks (comma-separated, case-insensitive).")
            { Example = "sochi" },
        new("actor", QueryParameterType.Text,
            "Only events where this actor (id, name or alias; case- and accent-insensitive) or one of its organs and spokespeople " +
            "(exact=true: the actor alone) is a participant or took a stance toward the event. An alias naming several actors is a 400 listing them.")
            { Example = "france" },
        new("participant", QueryParameterType.Text,
            "Only events where this actor (id, name or alias) or one of its organs (exact=true: the actor alone) has a participant role; with role, one of those roles.")
            { Example = "syrian-negotiation-commission" },
        new("role", QueryParameterType.List,
            "Only events where a participant (the participant given, else anyone) has one of these roles (comma-separated).")
            { AllowedValues = Vocabularies.ParticipantRoles, Example = "boycotted" },
        Stances.StanceEndpoints.Exact,
        new("kind", QueryParameterType.List, "Only events of these kinds.") { AllowedValues = Vocabularies.EventKinds },
        new("status", QueryParameterType.List, "Only events with these statuses.") { AllowedValues = Vocabularies.EventStatuses },
        QueryParameters.From("events whose last day is"),
        QueryParameters.To("events whose first day is"),
        new("q", QueryParameterType.Text,
            "Full-text search (PostgreSQL websearch syntax, English stemming) over titles, summaries and the quotes citing the event.")
            { Example = "boycott" },
        new("sort", QueryParameterType.Choice, "date (oldest first, the default) or -date (newest first). Undated events sort as the latest: last with date, first with -date.")
            { AllowedValues = ["date", "-date"] },
        .. QueryParameters.Paging,
        QueryParameters.FormatWithGeoJson,
    ];

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder endpoints)
    {
        var events = endpoints.MapGroup("/events").WithTags("Events");

        events.MapGet("/", ListEvents)
            .WithName(ListName)
            .WithSummary("List events")
            .WithDescription("Events (talks, congresses, statements, announcements) filtered by track, actor, kind, status, dates and text, " +
                "in date order with keyset paging. JSON by default; CSV with format=csv or Accept: text/csv (all matching rows " +
                "when no limit is given); GeoJSON with format=geojson or Accept: application/geo+json.")
            .Accepts(ListParameters)
            .ProducesList<EventSummary>(EventCsv.Columns.Select(c => c.Header), csvPages: true, geoJson: true)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        events.MapGet("/{id}", GetEvent)
            .WithName("GetEvent")
            .WithSummary("Get one event with its participants, plans, stances, claims and quotes")
            .WithDescription("The event, the actors involved and their roles, every date it was planned for as each source " +
                "reported it, the stances toward it, related figures, and the verbatim quotes supporting it.")
            .Accepts([])
            .Produces<EventDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ListEvents(ParsedQuery query, HttpContext http, EventQueries events,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var (from, to) = query.DateRange();
        var list = ListRequest.Read(query, http.Request, ListName, keyCount: 2, geoJsonAllowed: true);
        var after = DateKeyset.Parse(query, list.CursorKey) is { } key ? new EventKey(key.SortDate, key.Id) : null;
        var exact = query.Boolean(Stances.StanceEndpoints.Exact.Name);
        string[] actorIds = [], participantIds = [];
        var tracks = query.List("track");
        // One track on a page: rows prove it exists, so it is checked only when the page is empty;
        // the common request (a track's page) then costs no extra round trip.
        var checkTracksNow = tracks.Length > 1 || list.IsExport;
        if (query.Text("actor") is not null || query.Text("participant") is not null || checkTracksNow)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            if (query.Text("actor") is { } actor)
                actorIds = await ActorReference.ResolveForFilterAsync(connection, query, "actor", actor, exact, cancellationToken);
            if (query.Text("participant") is { } participant)
                participantIds = await ActorReference.ResolveForFilterAsync(connection, query, "participant", participant, exact, cancellationToken);
            if (checkTracksNow) await KnownIds.CheckAsync(connection, query, "track", IdKind.Track, tracks, cancellationToken);
        }
        if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);

        var filter = new EventFilter(tracks, actorIds, query.List("kind"), query.List("status"),
            from, to, query.Text("q"), query.Text("sort") == "-date")
        {
            ParticipantIds = participantIds,
            Roles = query.List("role"),
        };
        if (list.IsExport) return new CsvResult<EventSummary>(events.StreamAsync(filter, cancellationToken), EventCsv.Columns);
        var (rows, total) = await events.ListAsync(filter, after, list.Limit!.Value, list.IncludeTotal, cancellationToken);
        if (rows.Count == 0 && !checkTracksNow && tracks.Length == 1)
        {
            await KnownIds.CheckAsync(dataSource, query, "track", IdKind.Track, tracks, cancellationToken);
            if (!query.IsValid) return ProblemResponses.InvalidQuery(http, query);
        }
        return list.Respond(http, query, rows, total, row => DateKeyset.CursorKey(EventQueries.SortKeyOf(row), row.Id), EventCsv.Columns,
            (items, next) => TypedResults.Json(EventFeatureCollection.From(items, next), AppJson.Options, ResponseFormats.GeoJson));
    }

    private static async Task<IResult> GetEvent([Description("Event id (slug), e.g. congress-of-syrian-national-dialogue.")] string id, ParsedQuery query, HttpContext http, EventQueries events,
        CancellationToken cancellationToken) =>
        await events.GetAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ProblemResponses.NotFound(http, "event", id);
}
