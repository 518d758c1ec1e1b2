using ConflictEventsApi.Http;

namespace ConflictEventsApi.Stances;

/// <summary>The flat columns of a stances CSV export, named like the JSON fields.</summary>
public static class StanceCsv
{
    public static readonly IReadOnlyList<CsvColumn<StanceItem>> Columns =
    [
        new("id", s => s.Id),
        new("actorId", s => s.ActorId),
        new("actorName", s => s.ActorName),
        new("kind", s => s.Kind),
        new("polarity", s => s.Polarity),
        new("cameoCode", s => s.CameoCode),
        new("targetType", s => s.TargetType),
        new("targetEventId", s => s.TargetEventId),
        new("targetTrack", s => s.TargetTrack),
        new("targetActorId", s => s.TargetActorId),
        new("speakerId", s => s.SpeakerId),
        new("speakerName", s => s.SpeakerName),
        new("statedOn", s => s.StatedOn),
        new("statedPrecision", s => s.StatedPrecision),
        new("dateBasis", s => s.DateBasis),
        new("condition", s => s.Condition),
        new("summary", s => s.Summary),
        new("quote", s => s.Quote),
        new("sourceId", s => s.SourceId),
    ];
}
