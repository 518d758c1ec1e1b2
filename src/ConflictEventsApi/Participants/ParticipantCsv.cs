using ConflictEventsApi.Http;

namespace ConflictEventsApi.Participants;

/// <summary>The flat columns of a participants CSV: the first quote stands for the citations.</summary>
public static class ParticipantCsv
{
    public static readonly IReadOnlyList<CsvColumn<ParticipantItem>> Columns =
    [
        new("eventId", p => p.EventId),
        new("actorId", p => p.ActorId),
        new("actorName", p => p.ActorName),
        new("role", p => p.Role),
        new("note", p => p.Note),
        new("reportedOn", p => p.ReportedOn),
        new("quote", p => p.Citations.Count > 0 ? p.Citations[0].Quote : null),
        new("sourceId", p => p.Citations.Count > 0 ? p.Citations[0].SourceId : null),
        new("citationCount", p => p.Citations.Count),
    ];
}
