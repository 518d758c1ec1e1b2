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
        new("sourceOutlet", c => c.SourceOutlet),
        new("sourcePublishedOn", c => c.SourcePublishedOn),
        new("sourcePublishedPrecision", c => c.SourcePublishedPrecision),
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

    public static readonly IReadOnlyList<CsvColumn<ClaimTopicSummary>> TopicColumns =
    [
        new("slug", t => t.Slug),
        new("title", t => t.Title),
        new("unit", t => t.Unit),
        new("description", t => t.Description),
        new("claimCount", t => t.ClaimCount),
        new("sourceCount", t => t.SourceCount),
        new("distinctValueCount", t => t.DistinctValueCount),
        new("disagree", t => t.Disagree ? "true" : "false"),
    ];
}
