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
