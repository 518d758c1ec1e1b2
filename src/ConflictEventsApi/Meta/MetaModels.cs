namespace ConflictEventsApi.Meta;

/// <summary>What the dataset is, how big it is, and how to cite it.</summary>
public sealed record MetaResponse
{
    /// <summary>
    /// The dataset's version: a digest (16 hex digits) of every migration applied, their names and
    /// checksums in the order applied. Databases built from different scripts never share it.
    /// Responses' ETags and X-Dataset-Version follow it.
    /// </summary>
    public required string DatasetVersion { get; init; }
    /// <summary>The name of the last migration applied, for information; it does not identify the dataset.</summary>
    public required string? LastMigration { get; init; }
    /// <summary>How many rows of each kind the dataset holds.</summary>
    public required DatasetCounts Counts { get; init; }
    /// <summary>How to cite data taken from the API.</summary>
    public required CitationGuide Citation { get; init; }
}

/// <summary>Row counts of the dataset.</summary>
public sealed record DatasetCounts
{
    /// <summary>Source articles.</summary>
    public required long Sources { get; init; }
    /// <summary>Actors (states, organisations, groups, people, collectives).</summary>
    public required long Actors { get; init; }
    /// <summary>Actor aliases (names, acronyms, spellings, descriptors).</summary>
    public required long Aliases { get; init; }
    /// <summary>Events.</summary>
    public required long Events { get; init; }
    /// <summary>Actors' roles in events.</summary>
    public required long Participants { get; init; }
    /// <summary>Stances.</summary>
    public required long Stances { get; init; }
    /// <summary>Claims (figures as one source states them).</summary>
    public required long Claims { get; init; }
    /// <summary>Claim topics.</summary>
    public required long ClaimTopics { get; init; }
    /// <summary>Verbatim quotes supporting the facts.</summary>
    public required long Citations { get; init; }
}

/// <summary>A citation of the API: the sentence and its parts.</summary>
public sealed record CitationGuide
{
    /// <summary>The citation sentence with placeholders {version}, {url} and {accessedOn}.</summary>
    public required string Template { get; init; }
    /// <summary>The sentence filled in for this request.</summary>
    public required string Text { get; init; }
    /// <summary>The dataset version to cite.</summary>
    public required string Version { get; init; }
    /// <summary>The date of access (today, UTC).</summary>
    public required DateOnly AccessedOn { get; init; }
    /// <summary>The URL to cite: this API's /meta. When citing a query, cite its own URL in its place.</summary>
    public required string Url { get; init; }
}
