using ConflictEventsApi.Http;

namespace ConflictEventsApi.Positions;

/// <summary>The flat columns of a positions CSV, named like the JSON fields; lists are ';'-joined.</summary>
public static class PositionCsv
{
    public static readonly IReadOnlyList<CsvColumn<ActorPosition>> Columns =
    [
        new("actorId", p => p.ActorId),
        new("actorName", p => p.ActorName),
        new("position", p => p.Position),
        new("decidingStanceIds", p => p.DecidingStanceIds),
        new("firstStatedOn", p => p.FirstStatedOn),
        new("lastStatedOn", p => p.LastStatedOn),
        new("stanceIds", p => p.StanceIds),
        new("stanceCount", p => p.StanceCount),
        new("statedByActorIds", p => p.StatedByActorIds),
        // eventId:role, or eventId:role:actorId when an organ holds the role.
        new("roles", p => p.Roles.Select(r => r.ActorId == p.ActorId ? $"{r.EventId}:{r.Role}" : $"{r.EventId}:{r.Role}:{r.ActorId}")),
    ];

    public static readonly IReadOnlyList<CsvColumn<TrackPosition>> TrackColumns =
    [
        new("track", p => p.Track),
        new("trackName", p => p.TrackName),
        new("position", p => p.Position),
        new("decidingStanceIds", p => p.DecidingStanceIds),
        new("firstStatedOn", p => p.FirstStatedOn),
        new("lastStatedOn", p => p.LastStatedOn),
        new("stanceIds", p => p.StanceIds),
        new("stanceCount", p => p.StanceCount),
    ];
}
