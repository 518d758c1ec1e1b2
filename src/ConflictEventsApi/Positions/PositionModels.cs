using ConflictEventsApi.Http.Requests;
namespace ConflictEventsApi.Positions;

/// <summary>
/// One actor's position toward an event or a track: its latest stance toward that event or track
/// itself (for a track, toward its events too) decides; stances that disagree on that latest date
/// make it mixed. Stances toward another actor or another actor's participation never count.
/// </summary>
public sealed record ActorPosition
{
    /// <summary>The actor holding the position (with rollup=parent, the whole its organs speak for).</summary>
    /// <example>united-states</example>
    public required string ActorId { get; init; }

    /// <summary>That actor's name.</summary>
    /// <example>United States</example>
    public required string ActorName { get; init; }

    /// <summary>for, against, neutral or mixed (the latest stances disagree).</summary>
    /// <example>against</example>
    [Vocabulary("Position")]
    public required string Position { get; init; }

    /// <summary>The stance(s) stated on the latest date, which decide the position: one, unless several share that date.</summary>
    public required string[] DecidingStanceIds { get; init; }

    /// <summary>When the first stance behind the position was stated.</summary>
    public required DateOnly FirstStatedOn { get; init; }

    /// <summary>When the latest stance behind the position was stated.</summary>
    public required DateOnly LastStatedOn { get; init; }

    /// <summary>The stances behind the position, oldest first: all of them, or the latest 100 when there are more (stanceCount says how many; GET /stances with actor, exact=true, track or event and targetType=event,track lists them all). GET /stances/{id} gives each with its quotes.</summary>
    public required string[] StanceIds { get; init; }

    /// <summary>How many stances are behind the position.</summary>
    /// <example>3</example>
    public required long StanceCount { get; init; }

    /// <summary>The actors whose stances count: the actor itself, and with rollup=parent its organs and spokespeople.</summary>
    public required string[] StatedByActorIds { get; init; }

    /// <summary>The actor's roles in the event (or the track's events) where the sources report them: attended, boycotted, declined, expected, invited, host, ...</summary>
    public required IReadOnlyList<ParticipationRole> Roles { get; init; }
}

/// <summary>A participation role of an actor (or, rolled up, of one of its organs) in an event.</summary>
public sealed record ParticipationRole
{
    /// <summary>The event.</summary>
    /// <example>congress-of-syrian-national-dialogue</example>
    public required string EventId { get; init; }

    /// <summary>The role (closed vocabulary: host, sponsor, invited, attended, boycotted, declined, ...).</summary>
    /// <example>declined</example>
    [Vocabulary("ParticipantRole")]
    public required string Role { get; init; }

    /// <summary>The actor the source gives the role to (an organ's own id when rolled up).</summary>
    /// <example>united-states</example>
    public required string ActorId { get; init; }
}

/// <summary>One actor's position toward one track, by the rule of GET /tracks/{id}/positions (each actor as coded).</summary>
public sealed record TrackPosition
{
    /// <summary>The track.</summary>
    /// <example>sochi</example>
    public required string Track { get; init; }

    /// <summary>The track's name.</summary>
    public required string TrackName { get; init; }

    /// <summary>for, against, neutral or mixed (the latest stances disagree).</summary>
    [Vocabulary("Position")]
    public required string Position { get; init; }

    /// <summary>The stance(s) stated on the latest date, which decide the position.</summary>
    public required string[] DecidingStanceIds { get; init; }

    /// <summary>When the first stance toward the track or its events was stated.</summary>
    public required DateOnly FirstStatedOn { get; init; }

    /// <summary>When the latest one was stated.</summary>
    public required DateOnly LastStatedOn { get; init; }

    /// <summary>The stances behind the position, in date order: all of them, or the latest 100 when there are more.</summary>
    public required string[] StanceIds { get; init; }

    /// <summary>How many stances are behind the position.</summary>
    /// <example>3</example>
    public required long StanceCount { get; init; }
}
