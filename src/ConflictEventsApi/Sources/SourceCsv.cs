using ConflictEventsApi.Http;

namespace ConflictEventsApi.Sources;

/// <summary>The flat columns of the sources and citations CSV exports, named like the JSON fields.</summary>
public static class SourceCsv
{
    public static readonly IReadOnlyList<CsvColumn<SourceSummary>> Columns =
    [
        new("id", s => s.Id),
        new("title", s => s.Title),
        new("outlet", s => s.Outlet),
        new("outletBasis", s => s.OutletBasis),
        new("publishedOn", s => s.PublishedOn),
        new("publishedPrecision", s => s.PublishedPrecision),
        new("publishedBasis", s => s.PublishedBasis),
        new("corpusFile", s => s.CorpusFile),
        new("url", s => s.Url),
        new("textComplete", s => s.TextComplete ? "true" : "false"),
        new("citationCount", s => s.CitationCount),
    ];

    public static readonly IReadOnlyList<CsvColumn<SourceCitation>> CitationColumns =
    [
        new("id", c => c.Id),
        new("startOffset", c => c.StartOffset),
        new("length", c => c.Length),
        new("supports", c => c.Supports),
        new("subjectId", c => c.SubjectId),
        new("quote", c => c.Quote),
    ];
}
