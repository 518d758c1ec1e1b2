using ConflictEventsApi.Http.Requests;
namespace ConflictEventsApi.Stances;

/// <summary>A stance as listed: flat, so the same fields serve JSON and CSV.</summary>
public sealed record StanceItem
{
    /// <summary>Stable slug id of the stance.</summary>
    public required string Id { get; init; }
    /// <summary>The actor taking the position.</summary>
    public required string ActorId { get; init; }
    /// <summary>That actor's name.</summary>
    public required string ActorName { get; init; }
    /// <summary>Stance kind (closed vocabulary: supports, will-attend, boycotts, rejects, ...).</summary>
    [Vocabulary("StanceKind")]
    public required string Kind { get; init; }
    /// <summary>-1 against, 0 neutral or undecided, +1 for.</summary>
    [Vocabulary("Polarity")]
    public required int Polarity { get; init; }
    /// <summary>The CAMEO event code the kind maps to, when one fits.</summary>
    public string? CameoCode { get; init; }
    /// <summary>What the stance is toward: event, track, actor, or participation (targetActorId's participation in targetEventId).</summary>
    /// <example>participation</example>
    [Vocabulary("TargetType")]
    public required string TargetType { get; init; }
    /// <summary>The event the position is about, if any.</summary>
    public string? TargetEventId { get; init; }
    /// <summary>The track the position is about, if any.</summary>
    public string? TargetTrack { get; init; }
    /// <summary>The actor the position is about (e.g. whose participation is opposed), if any.</summary>
    public string? TargetActorId { get; init; }
    /// <summary>The person who stated it, when named.</summary>
    public string? SpeakerId { get; init; }
    /// <summary>The speaker's name.</summary>
    public string? SpeakerName { get; init; }
    /// <summary>When it was stated: the date the source gives, else the publication date of the earliest report (precision reported).</summary>
    public required DateOnly StatedOn { get; init; }
    /// <summary>How precise statedOn is: day, week, month, year, approximate, or reported (not stated; the earliest report's date).</summary>
    [Vocabulary("DatePrecision")]
    public required string StatedPrecision { get; init; }
    /// <summary>How the date was chosen when it is not a stated day, or which of the dates the sources dispute it uses (naming the claim topic).</summary>
    public string? DateBasis { get; init; }
    /// <summary>The condition a conditional position depends on.</summary>
    public string? Condition { get; init; }
    /// <summary>The position in a sentence.</summary>
    public required string Summary { get; init; }
    /// <summary>The first quote supporting the stance (earliest source, then earliest in its text).</summary>
    public string? Quote { get; init; }
    /// <summary>The source of that quote.</summary>
    public string? SourceId { get; init; }
}

/// <summary>A stance with every quote that supports it.</summary>
public sealed record StanceDetail
{
    /// <summary>The stance, as GET /stances lists it.</summary>
    public required StanceItem Stance { get; init; }

    /// <summary>Every citation of the stance, earliest source first, each located by offsets in its source's text.</summary>
    public required IReadOnlyList<ConflictEventsApi.Json.Citation> Citations { get; init; }
}
