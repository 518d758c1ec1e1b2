using ConflictEventsApi.Http.Requests;
using ConflictEventsApi.Json;

namespace ConflictEventsApi.Participants;

/// <summary>An actor's role in an event as the sources report it, with the quotes that say so.</summary>
/// <remarks>Not sealed: the query reads its rows as a private subtype that adds the row id.</remarks>
public record ParticipantItem
{
    /// <summary>The event.</summary>
    /// <example>congress-of-syrian-national-dialogue</example>
    public required string EventId { get; init; }

    /// <summary>The actor.</summary>
    /// <example>syrian-negotiation-commission</example>
    public required string ActorId { get; init; }

    /// <summary>That actor's name.</summary>
    /// <example>Syrian Negotiation Commission</example>
    public required string ActorName { get; init; }

    /// <summary>The role (closed vocabulary: host, sponsor, mediator, invited, not-invited, expected, attended, declined, boycotted, did-not-attend, signatory, speaker, subject).</summary>
    /// <example>boycotted</example>
    [Vocabulary("ParticipantRole")]
    public required string Role { get; init; }

    /// <summary>The curator's note on how the role was read from the sources.</summary>
    public string? Note { get; init; }

    /// <summary>The publication date of the earliest source reporting the role (the role's own date is rarely stated).</summary>
    /// <example>2018-01-29</example>
    public DateOnly? ReportedOn { get; init; }

    /// <summary>Every quote supporting the role, earliest source first.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
