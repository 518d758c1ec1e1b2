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

    /// <summary>Distinct actors for, against and neutral toward the track or any of its events.</summary>
    public required StanceTally Stances { get; init; }

    /// <summary>The same, per stance kind (kinds with at least one stance), in kind order.</summary>
    public required IReadOnlyList<StanceKindTally> StancesByKind { get; init; }
}

/// <summary>Distinct actors per polarity; an actor with stances of several polarities counts in each.</summary>
public sealed record StanceTally
{
    /// <summary>Actors with a stance for (polarity +1).</summary>
    public required long For { get; init; }

    /// <summary>Actors with a stance against (polarity -1).</summary>
    public required long Against { get; init; }

    /// <summary>Actors with a neutral or undecided stance (polarity 0).</summary>
    public required long Neutral { get; init; }
}

/// <summary>Distinct actors per polarity for one stance kind.</summary>
public sealed record StanceKindTally
{
    /// <summary>Stance kind (closed vocabulary).</summary>
    public required string Kind { get; init; }

    /// <summary>Actors with a stance of this kind for (polarity +1).</summary>
    public required long For { get; init; }

    /// <summary>Actors with a stance of this kind against (polarity -1).</summary>
    public required long Against { get; init; }

    /// <summary>Actors with a neutral or undecided stance of this kind (polarity 0).</summary>
    public required long Neutral { get; init; }
}
