using ConflictEventsApi.Http.Requests;
namespace ConflictEventsApi.Claims;

/// <summary>A figure as one source states it, flat: the same fields serve JSON and CSV.</summary>
public sealed record ClaimSummary
{
    /// <summary>Stable slug id of the claim.</summary>
    public required string Id { get; init; }
    /// <summary>The topic the figure is about; GET /claims/{topic} shows every source's value side by side.</summary>
    public required string Topic { get; init; }
    /// <summary>The topic's title.</summary>
    public required string TopicTitle { get; init; }
    /// <summary>The source that states the figure.</summary>
    public required string SourceId { get; init; }
    /// <summary>The source's headline.</summary>
    public required string SourceTitle { get; init; }
    /// <summary>The source's outlet (e.g. "RFE/RL"), when identified.</summary>
    public string? SourceOutlet { get; init; }
    /// <summary>The source's publication date, when known.</summary>
    public DateOnly? SourcePublishedOn { get; init; }
    /// <summary>How precise sourcePublishedOn is: day, week, month, year or approximate.</summary>
    [Vocabulary("DatePrecision")]
    public string? SourcePublishedPrecision { get; init; }
    /// <summary>The value as the source words it (dates as ISO 8601).</summary>
    public required string ValueText { get; init; }
    /// <summary>The value as a number, when the source gives one.</summary>
    public decimal? ValueNumeric { get; init; }
    /// <summary>How the source qualifies the figure: "more than", "around", "hundreds of thousands", ...</summary>
    public string? Qualifier { get; init; }
    /// <summary>What the figure counts, as the source has it (e.g. "civilians killed" rather than "people killed").</summary>
    public string? Unit { get; init; }
    /// <summary>The date the figure holds for.</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>How precise asOf is: day, week, month, year or approximate.</summary>
    [Vocabulary("DatePrecision")]
    public string? AsOfPrecision { get; init; }
    /// <summary>The event the figure is about, if any.</summary>
    public string? EventId { get; init; }
    /// <summary>Curator's note: the source's wording, attribution, caveats.</summary>
    public string? Note { get; init; }
    /// <summary>The first verbatim quote (in text order) supporting the figure.</summary>
    public string? Quote { get; init; }
}

/// <summary>A claim topic with how many figures and sources it has and whether they disagree.</summary>
public sealed record ClaimTopicSummary
{
    /// <summary>Stable slug of the topic; GET /claims/{topic} shows its figures side by side.</summary>
    public required string Slug { get; init; }
    /// <summary>Title.</summary>
    public required string Title { get; init; }
    /// <summary>The unit the figures are broadly in; each claim states its own.</summary>
    public string? Unit { get; init; }
    /// <summary>What the topic covers and how the sources differ.</summary>
    public required string Description { get; init; }
    /// <summary>Claims on the topic (one source can state more than one).</summary>
    public required long ClaimCount { get; init; }
    /// <summary>Distinct sources stating a claim on the topic.</summary>
    public required long SourceCount { get; init; }
    /// <summary>Distinct values among the claims: valueNumeric when present, else valueText case-, accent- and space-folded.</summary>
    public required long DistinctValueCount { get; init; }
    /// <summary>True when the claims state more than one distinct value (distinctValueCount above 1).</summary>
    public required bool Disagree { get; init; }
    /// <summary>With include=claims: every claim on the topic, with its source and quotes (as GET /claims/{topic} gives them); otherwise null.</summary>
    public IReadOnlyList<TopicClaim>? Claims { get; init; }
}

/// <summary>A topic and every figure the sources give for it, side by side: nothing merged, nothing picked.</summary>
public sealed record ClaimTopicDetail
{
    /// <summary>The topic.</summary>
    public required ClaimTopic Topic { get; init; }
    /// <summary>Every claim on the topic, oldest source first, each with its source and quotes.</summary>
    public required IReadOnlyList<TopicClaim> Claims { get; init; }
}

/// <summary>A subject the sources give figures for, e.g. the war's death toll.</summary>
public sealed record ClaimTopic
{
    /// <summary>Stable slug of the topic.</summary>
    public required string Slug { get; init; }
    /// <summary>Title.</summary>
    public required string Title { get; init; }
    /// <summary>The unit the figures are broadly in; each claim states its own.</summary>
    public string? Unit { get; init; }
    /// <summary>What the topic covers and how the sources differ.</summary>
    public required string Description { get; init; }
}

/// <summary>One source's figure on a topic.</summary>
public sealed record TopicClaim
{
    /// <summary>Claim id.</summary>
    public required string Id { get; init; }
    /// <summary>The value as the source words it.</summary>
    public required string ValueText { get; init; }
    /// <summary>The value as a number, when the source gives one.</summary>
    public decimal? ValueNumeric { get; init; }
    /// <summary>How the source qualifies the figure.</summary>
    public string? Qualifier { get; init; }
    /// <summary>What the figure counts, as the source has it.</summary>
    public string? Unit { get; init; }
    /// <summary>The date the figure holds for.</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>How precise asOf is.</summary>
    [Vocabulary("DatePrecision")]
    public string? AsOfPrecision { get; init; }
    /// <summary>The event the figure is about, if any.</summary>
    public string? EventId { get; init; }
    /// <summary>Curator's note.</summary>
    public string? Note { get; init; }
    /// <summary>The source that states it.</summary>
    public required ClaimSource Source { get; init; }
    /// <summary>Every verbatim quote supporting the figure, in text order.</summary>
    public required IReadOnlyList<ClaimQuote> Quotes { get; init; }
}

/// <summary>The source of a claim.</summary>
public sealed record ClaimSource
{
    /// <summary>Source id.</summary>
    public required string Id { get; init; }
    /// <summary>Headline.</summary>
    public required string Title { get; init; }
    /// <summary>Outlet, when identified.</summary>
    public string? Outlet { get; init; }
    /// <summary>Publication date, when known.</summary>
    public DateOnly? PublishedOn { get; init; }
    /// <summary>How precise publishedOn is: day, week, month, year or approximate.</summary>
    [Vocabulary("DatePrecision")]
    public string? PublishedPrecision { get; init; }
}

/// <summary>A verbatim quote of the claim's source.</summary>
/// <remarks>Not sealed: the query reads its rows as a private subtype that adds the claim id.</remarks>
public record ClaimQuote
{
    /// <summary>The exact words of the source.</summary>
    public required string Quote { get; init; }
    /// <summary>0-based character offset of the quote in the source text.</summary>
    public required int StartOffset { get; init; }
    /// <summary>Length of the quote in characters.</summary>
    public required int Length { get; init; }
}
