using ConflictEventsApi.Http;

namespace ConflictEventsApi.Stats;

/// <summary>The flat columns of the statistics CSV exports, named like the JSON fields.</summary>
public static class StatsCsv
{
    public static readonly IReadOnlyList<CsvColumn<StanceCount>> StanceColumns =
    [
        new("key", row => row.Key),
        new("label", row => row.Label),
        new("count", row => row.Count),
        new("for", row => row.For),
        new("against", row => row.Against),
        new("neutral", row => row.Neutral),
        new("mixed", row => row.Mixed),
    ];

    /// <summary>With bucket: the period first, then the columns above.</summary>
    public static readonly IReadOnlyList<CsvColumn<StanceCount>> BucketedStanceColumns =
        [new("period", row => row.Period), .. StanceColumns];

    public static readonly IReadOnlyList<CsvColumn<EventCount>> EventColumns =
    [
        new("period", row => row.Period),
        new("track", row => row.Track),
        new("count", row => row.Count),
    ];
}
