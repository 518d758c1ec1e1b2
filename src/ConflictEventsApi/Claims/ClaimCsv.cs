using ConflictEventsApi.Http;

namespace ConflictEventsApi.Claims;

/// <summary>The flat columns of a claims CSV export, named like the JSON fields.</summary>
public static class ClaimCsv
{
    public static readonly IReadOnlyList<CsvColumn<ClaimSummary>> Columns =
    [
        new("id", c => c.Id),
        new("topic", c => c.Topic),
        new("topicTitle", c => c.TopicTitle),
        new("sourceId", c => c.SourceId),
        new("sourceTitle", c => c.SourceTitle),
        new("sourcePublishedOn", c => c.SourcePublishedOn),
        new("valueText", c => c.ValueText),
        new("valueNumeric", c => c.ValueNumeric),
        new("qualifier", c => c.Qualifier),
        new("unit", c => c.Unit),
        new("asOf", c => c.AsOf),
        new("asOfPrecision", c => c.AsOfPrecision),
        new("eventId", c => c.EventId),
        new("note", c => c.Note),
        new("quote", c => c.Quote),
    ];
}
