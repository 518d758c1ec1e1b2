using ConflictEventsApi.Http.Requests;
namespace ConflictEventsApi.Sources;

/// <summary>An article of the corpus as listed: its metadata, not its text.</summary>
public record SourceSummary
{
    /// <summary>Stable slug id of the source.</summary>
    public required string Id { get; init; }
    /// <summary>The article's headline.</summary>
    public required string Title { get; init; }
    /// <summary>The outlet that published it, when identified.</summary>
    public string? Outlet { get; init; }
    /// <summary>How the outlet was identified (byline, boilerplate, URL), when it was.</summary>
    public string? OutletBasis { get; init; }
    /// <summary>Publication date, when known.</summary>
    public DateOnly? PublishedOn { get; init; }
    /// <summary>How precise the publication date is: day, week, month, year or approximate.</summary>
    [Vocabulary("DatePrecision")]
    public string? PublishedPrecision { get; init; }
    /// <summary>How the publication date was established or inferred.</summary>
    public required string PublishedBasis { get; init; }
    /// <summary>The file of the corpus the text was taken from.</summary>
    public required string CorpusFile { get; init; }
    /// <summary>Where the article was published, when the original can be found; null otherwise.</summary>
    public string? Url { get; init; }
    /// <summary>False when the stored text is an excerpt or a truncated copy of the article.</summary>
    public required bool TextComplete { get; init; }
    /// <summary>How many verbatim quotes of this source support facts of the dataset.</summary>
    public required long CitationCount { get; init; }
}

/// <summary>An article with its full text: the ground truth every citation offset points into.</summary>
public sealed record SourceDetail : SourceSummary
{
    /// <summary>The full text of the article; citation offsets are 0-based character positions in it.</summary>
    public required string Text { get; init; }
}

/// <summary>A verbatim quote of a source and the fact it supports.</summary>
public sealed record SourceCitation
{
    /// <summary>Citation id.</summary>
    public required int Id { get; init; }
    /// <summary>0-based character offset of the quote in the source text.</summary>
    public required int StartOffset { get; init; }
    /// <summary>Length of the quote in characters.</summary>
    public required int Length { get; init; }
    /// <summary>The exact words of the source.</summary>
    public required string Quote { get; init; }
    /// <summary>What the quote supports: event, schedule, participant, stance, claim, actor, alias or affiliation.</summary>
    public required string Supports { get; init; }
    /// <summary>
    /// The id of what the quote supports: the event id for event, schedule and participant; the stance id;
    /// the claim id; the actor id for actor, alias and affiliation (the affiliated actor).
    /// </summary>
    public required string SubjectId { get; init; }
}
