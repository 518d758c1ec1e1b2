namespace ConflictEventsApi.Http;

/// <summary>The columns of a CSV operation, as endpoint metadata: the OpenAPI document lists them.</summary>
public sealed record CsvColumns(IReadOnlyList<string> Headers, bool Paged);

/// <summary>The CSV and GeoJSON operations that serve a JSON list's rows: a format= or Accept asking the JSON operation for them is a 400 naming these.</summary>
public sealed record ExportOperations(string? Csv, string? GeoJson);

public static class ResponseDocumentation
{
    public static RouteHandlerBuilder WithCsvColumns<T>(this RouteHandlerBuilder builder, IReadOnlyList<CsvColumn<T>> columns, bool paged = false) =>
        builder.WithMetadata(new CsvColumns(columns.Select(column => column.Header).ToArray(), paged));

    public static RouteHandlerBuilder WithExports(this RouteHandlerBuilder builder, string? csv, string? geoJson = null) =>
        builder.WithMetadata(new ExportOperations(csv, geoJson));
}

public static class ListOperations
{
    /// <summary>
    /// A list and its CSV as two operations of one resource, named and described alike everywhere:
    /// GET path (JSON, operationId <paramref name="name"/>) and GET path.csv (text/csv, operationId
    /// Export…); a format= or Accept asking the JSON operation for CSV is a 400 naming the CSV one.
    /// </summary>
    public static RouteGroupBuilder MapListAndCsv<T>(this RouteGroupBuilder group, string path, Delegate list, Delegate export,
        string name, string summary, string description, IReadOnlyList<CsvColumn<T>> columns, bool paged = false, string? csvNote = null, string? geoJsonPath = null)
    {
        var csvPath = path + ".csv";
        group.MapGet(path, list)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription($"{description} The same rows as CSV: GET {csvPath}.")
            .WithExports(csvPath, geoJsonPath);
        group.MapGet(csvPath, export)
            .WithName("Export" + (name.StartsWith("List", StringComparison.Ordinal) ? name[4..] : name))
            .WithSummary(summary + ", as CSV")
            .WithDescription($"{description} RFC 4180 CSV{(csvNote is null ? "" : $" ({csvNote})")}: " + (paged
                ? "every matching row, streamed, when no limit is given; with limit, one page and a Link: rel=\"next\" to the next."
                : "every row."))
            .WithCsvColumns(columns, paged);
        return group;
    }
}
