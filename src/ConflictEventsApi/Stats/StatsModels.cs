namespace ConflictEventsApi.Stats;

/// <summary>The number of stances in one group (and period, with bucket), split by polarity.</summary>
public sealed record StanceCount
{
    /// <summary>With bucket only: the first day of the period the stances were stated in (a day; a week from Monday; a month from its 1st).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Period { get; init; }
    /// <summary>The group: a track slug, actor id, stance kind or polarity (-1, 0, 1); null for stances toward no track, and without groupBy (bucket only).</summary>
    public string? Key { get; init; }
    /// <summary>A readable name of the group: the track's or actor's name, the kind, or for/against/neutral; "all stances" without groupBy.</summary>
    public required string Label { get; init; }
    /// <summary>Stances in the group.</summary>
    public required long Count { get; init; }
    /// <summary>Actor positions toward a track that are for, among the group's stances (GET /tracks/{id}/positions counts the same way).</summary>
    public long For { get; init; }
    /// <summary>Actor positions toward a track that are against.</summary>
    public long Against { get; init; }
    /// <summary>Actor positions toward a track that are neutral or undecided.</summary>
    public long Neutral { get; init; }
    /// <summary>Actor positions toward a track whose latest stances disagree.</summary>
    public long Mixed { get; init; }
}

/// <summary>The number of dated events of one track that start in one period.</summary>
public sealed record EventCount
{
    /// <summary>The first day of the period (a day; a week from Monday; a month from its 1st).</summary>
    public required DateOnly Period { get; init; }
    /// <summary>The track, or null for events outside any track.</summary>
    public string? Track { get; init; }
    /// <summary>Events whose start date falls in the period.</summary>
    public required long Count { get; init; }
}
