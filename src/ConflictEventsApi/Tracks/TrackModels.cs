using ConflictEventsApi.Http.Requests;
namespace ConflictEventsApi.Tracks;

/// <summary>A diplomatic track: a process of talks that events belong to.</summary>
public sealed record Track
{
    /// <summary>Stable slug of the track, e.g. <c>sochi</c>.</summary>
    /// <example>sochi</example>
    public required string Id { get; init; }

    /// <summary>The track's name.</summary>
    /// <example>Sochi: Congress of Syrian National Dialogue</example>
    public required string Name { get; init; }

    /// <summary>Other names the sources use for the track.</summary>
    public required string[] NameVariants { get; init; }

    /// <summary>What the track is.</summary>
    public required string Description { get; init; }

    /// <summary>Ids of the actors that sponsor or guarantee the track.</summary>
    public required string[] SponsorIds { get; init; }
}

/// <summary>A track with a summary of its events and of the positions taken toward it.</summary>
public sealed record TrackDetail
{
    /// <summary>The track, as GET /tracks lists it.</summary>
    public required Track Track { get; init; }

    /// <summary>Its events' span and the stances toward the track or its events.</summary>
    public required TrackSummary Summary { get; init; }
}

/// <summary>Counts over a track's events and the stances toward it.</summary>
public sealed record TrackSummary
{
    /// <summary>Events of the track, dated or not.</summary>
    public required long EventCount { get; init; }

    /// <summary>The earliest start date of its events; null when none is dated.</summary>
    public DateOnly? FirstDate { get; init; }

    /// <summary>The latest end (or start) date of its events; null when none is dated.</summary>
    public DateOnly? LastDate { get; init; }

    /// <summary>Actors by their position toward the track (GET /tracks/{id}/positions, one row per actor).</summary>
    public required PositionTally Positions { get; init; }

    /// <summary>Stances toward the track or its events (including stances toward an actor's participation in them), per kind, in kind order.</summary>
    public required IReadOnlyList<StanceKindCount> StancesByKind { get; init; }
}

/// <summary>Actors per position: each actor counts once, by its latest stance (GET /tracks/{id}/positions).</summary>
public sealed record PositionTally
{
    /// <summary>Actors whose position is for.</summary>
    public required long For { get; init; }

    /// <summary>Actors whose position is against.</summary>
    public required long Against { get; init; }

    /// <summary>Actors whose position is neutral or undecided.</summary>
    public required long Neutral { get; init; }

    /// <summary>Actors whose latest stances disagree.</summary>
    public required long Mixed { get; init; }

    /// <summary>The tally from the number of actors per position (a missing position counts 0).</summary>
    public static PositionTally Of(IReadOnlyDictionary<string, long> counts) => new()
    {
        For = counts.GetValueOrDefault("for"),
        Against = counts.GetValueOrDefault("against"),
        Neutral = counts.GetValueOrDefault("neutral"),
        Mixed = counts.GetValueOrDefault("mixed"),
    };
}

/// <summary>The number of stances of one kind.</summary>
public sealed record StanceKindCount
{
    /// <summary>Stance kind (closed vocabulary).</summary>
    [Vocabulary("StanceKind")]
    public required string Kind { get; init; }

    /// <summary>Stances of this kind.</summary>
    public required long Stances { get; init; }
}
