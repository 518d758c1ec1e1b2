namespace ConflictEventsApi.Tracks;

/// <summary>A diplomatic track: a process of talks that events belong to.</summary>
public sealed record Track
{
    /// <summary>Stable slug of the track, e.g. <c>sochi</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The track's name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names the sources use for the track.</summary>
    public required string[] NameVariants { get; init; }

    /// <summary>What the track is.</summary>
    public required string Description { get; init; }

    /// <summary>Ids of the actors that sponsor or guarantee the track.</summary>
    public required string[] SponsorIds { get; init; }
}
