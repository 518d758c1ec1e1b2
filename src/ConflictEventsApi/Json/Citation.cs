namespace ConflictEventsApi.Json;

/// <summary>A verbatim quote from a source, with where it stands in the source's text.</summary>
/// <remarks>Not sealed: a query reads its rows as a private subtype that adds the key they are grouped by.</remarks>
public record Citation
{
    /// <summary>Source id.</summary>
    public required string SourceId { get; init; }
    /// <summary>Source headline.</summary>
    public required string SourceTitle { get; init; }
    /// <summary>Outlet, when identified.</summary>
    public string? Outlet { get; init; }
    /// <summary>Publication date, when known.</summary>
    public DateOnly? PublishedOn { get; init; }
    /// <summary>The exact words of the source.</summary>
    /// <example>Syria&apos;s government has said it will attend the forum.</example>
    public required string Quote { get; init; }
    /// <summary>0-based character offset of the quote in the source text.</summary>
    public required int StartOffset { get; init; }
    /// <summary>Length of the quote in characters.</summary>
    public required int Length { get; init; }
    /// <summary>What the quote supports: event, participant, schedule, stance, claim.</summary>
    public required string Supports { get; init; }
}
