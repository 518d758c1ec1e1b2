using ConflictEventsApi.Json;
using ConflictEventsApi.Http.Requests;
namespace ConflictEventsApi.Events;

/// <summary>An event as listed: flat, so the same fields serve JSON, CSV and GeoJSON.</summary>
public sealed record EventSummary
{
    /// <summary>Stable slug id of the event.</summary>
    /// <example>congress-of-syrian-national-dialogue</example>
    public required string Id { get; init; }
    /// <summary>The diplomatic track (sochi, geneva, astana), or null for an event outside any track.</summary>
    /// <example>sochi</example>
    public string? Track { get; init; }
    /// <summary>Event kind (closed vocabulary, e.g. congress, talks-round, statement).</summary>
    /// <example>congress</example>
    [Vocabulary("EventKind")]
    public required string Kind { get; init; }
    /// <summary>Short title.</summary>
    /// <example>Congress of Syrian National Dialogue in Sochi</example>
    public required string Title { get; init; }
    /// <summary>What happened, with the dating basis where a date was inferred.</summary>
    public required string Summary { get; init; }
    /// <summary>planned, held, ongoing, postponed, rescheduled or cancelled, as of the latest source.</summary>
    /// <example>ongoing</example>
    [Vocabulary("EventStatus")]
    public required string Status { get; init; }
    /// <summary>First day (the latest known plan); null when no source dates it.</summary>
    /// <example>2018-01-29</example>
    public DateOnly? StartDate { get; init; }
    /// <summary>Last day, when it differs from or extends the start.</summary>
    /// <example>2018-01-30</example>
    public DateOnly? EndDate { get; init; }
    /// <summary>How precise the dates are: day, week, month, year or approximate.</summary>
    /// <example>day</example>
    [Vocabulary("DatePrecision")]
    public string? DatePrecision { get; init; }
    /// <summary>Place name.</summary>
    /// <example>Sochi</example>
    public string? Place { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code of the place.</summary>
    /// <example>RU</example>
    public string? CountryCode { get; init; }
    /// <summary>WGS 84 latitude of the place.</summary>
    /// <example>43.6</example>
    public decimal? Latitude { get; init; }
    /// <summary>WGS 84 longitude of the place.</summary>
    /// <example>39.73</example>
    public decimal? Longitude { get; init; }
    /// <summary>The event this one is part of or was announced at.</summary>
    public string? ParentEventId { get; init; }
    /// <summary>With include=schedules: every date the event was planned for, as GET /events/{id} gives them; otherwise null.</summary>
    public IReadOnlyList<EventSchedule>? Schedules { get; init; }
}

/// <summary>One event with everything the sources say about it.</summary>
public sealed record EventDetail
{
    /// <summary>The event's own fields.</summary>
    public required EventSummary Event { get; init; }
    /// <summary>Actors and their roles (host, invited, boycotted, ...).</summary>
    public required IReadOnlyList<EventParticipant> Participants { get; init; }
    /// <summary>Every date the event was planned for, as each source reported it, oldest plan first.</summary>
    public required IReadOnlyList<EventSchedule> Schedules { get; init; }
    /// <summary>Positions actors took toward the event.</summary>
    public required IReadOnlyList<EventStance> Stances { get; init; }
    /// <summary>Figures the sources give about the event, side by side.</summary>
    public required IReadOnlyList<EventClaim> Claims { get; init; }
    /// <summary>The quotes that support the event and its participants and schedules.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}

/// <summary>An actor's role in an event.</summary>
public sealed record EventParticipant
{
    /// <summary>Actor id.</summary>
    public required string ActorId { get; init; }
    /// <summary>Actor name.</summary>
    public required string ActorName { get; init; }
    /// <summary>Role (closed vocabulary: host, sponsor, invited, attended, boycotted, ...).</summary>
    [Vocabulary("ParticipantRole")]
    public required string Role { get; init; }
    /// <summary>Curator's note on the coding.</summary>
    public string? Note { get; init; }
}

/// <summary>A date an event was planned for, as one source reported it.</summary>
public sealed record EventSchedule
{
    /// <summary>Planned first day.</summary>
    public required DateOnly StartDate { get; init; }
    /// <summary>Planned last day.</summary>
    public DateOnly? EndDate { get; init; }
    /// <summary>Precision of the dates.</summary>
    [Vocabulary("DatePrecision")]
    public required string DatePrecision { get; init; }
    /// <summary>The plan's status when reported (planned, rescheduled, held, ...).</summary>
    [Vocabulary("EventStatus")]
    public required string Status { get; init; }
    /// <summary>When the plan was announced, if known.</summary>
    public DateOnly? AnnouncedOn { get; init; }
    /// <summary>Curator's note.</summary>
    public string? Note { get; init; }
}

/// <summary>A stance toward the event.</summary>
public sealed record EventStance
{
    /// <summary>Stance id.</summary>
    public required string Id { get; init; }
    /// <summary>The actor taking the position.</summary>
    public required string ActorId { get; init; }
    /// <summary>Stance kind (closed vocabulary).</summary>
    [Vocabulary("StanceKind")]
    public required string Kind { get; init; }
    /// <summary>-1 against, 0 neutral or undecided, +1 for.</summary>
    [Vocabulary("Polarity")]
    public required int Polarity { get; init; }
    /// <summary>The person who stated it, when named.</summary>
    public string? SpeakerId { get; init; }
    /// <summary>When it was stated.</summary>
    public required DateOnly StatedOn { get; init; }
    /// <summary>The position in a sentence.</summary>
    public required string Summary { get; init; }
}

/// <summary>A figure one source gives about the event.</summary>
public sealed record EventClaim
{
    /// <summary>Claim id.</summary>
    public required string Id { get; init; }
    /// <summary>The topic the figure is about; GET /claims/{topic} lists every source's value.</summary>
    public required string Topic { get; init; }
    /// <summary>The value as the source words it.</summary>
    public required string ValueText { get; init; }
    /// <summary>The source that states it.</summary>
    public required string SourceId { get; init; }
}
