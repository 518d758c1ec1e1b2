using ConflictEventsApi.Http;

namespace ConflictEventsApi.Events;

/// <summary>The flat columns of an events CSV export, named like the JSON fields.</summary>
public static class EventCsv
{
    public static readonly IReadOnlyList<CsvColumn<EventSummary>> Columns =
    [
        new("id", e => e.Id),
        new("track", e => e.Track),
        new("kind", e => e.Kind),
        new("title", e => e.Title),
        new("status", e => e.Status),
        new("startDate", e => e.StartDate),
        new("endDate", e => e.EndDate),
        new("datePrecision", e => e.DatePrecision),
        new("place", e => e.Place),
        new("countryCode", e => e.CountryCode),
        new("latitude", e => e.Latitude),
        new("longitude", e => e.Longitude),
        new("parentEventId", e => e.ParentEventId),
        new("summary", e => e.Summary),
    ];
}
