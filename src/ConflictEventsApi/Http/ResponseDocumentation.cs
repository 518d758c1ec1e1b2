using ConflictEventsApi.Json;

namespace ConflictEventsApi.Http;

/// <summary>The formats a read serves, as endpoint metadata: the OpenAPI document lists each beside the JSON schema.</summary>
public sealed record ServedFormats(IReadOnlyList<string> CsvColumns, bool GeoJson, bool CsvPages);

public static class ResponseDocumentation
{
    /// <summary>
    /// A list served as a JSON page and as CSV (and GeoJSON): one 200 entry holding every content
    /// type, so the JSON schema survives (two .Produces(200, ...) do not merge: the last one wins).
    /// </summary>
    public static RouteHandlerBuilder ProducesList<T>(this RouteHandlerBuilder builder, IEnumerable<string> csvColumns,
        bool csvPages = false, bool geoJson = false)
    {
        string[] types = geoJson ? ["application/json", ResponseFormats.Csv, ResponseFormats.GeoJson] : ["application/json", ResponseFormats.Csv];
        return builder
            .Produces<PageResponse<T>>(StatusCodes.Status200OK, types[0], types[1..])
            .WithMetadata(new ServedFormats(csvColumns.ToArray(), geoJson, csvPages));
    }
}
