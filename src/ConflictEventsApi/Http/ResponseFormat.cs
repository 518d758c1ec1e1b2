using Microsoft.Net.Http.Headers;

namespace ConflictEventsApi.Http;

public enum ResponseFormat { Json, Csv, GeoJson }

public static class ResponseFormats
{
    public const string Csv = "text/csv";
    public const string GeoJson = "application/geo+json";

    /// <summary>The format an operation serves, from its path: GET /events.csv is CSV, /events.geojson GeoJSON, the rest JSON.</summary>
    public static ResponseFormat OfOperation(HttpRequest request) =>
        request.Path.Value?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true ? ResponseFormat.Csv
        : request.Path.Value?.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) == true ? ResponseFormat.GeoJson
        : ResponseFormat.Json;

    /// <summary>
    /// The format a request gets: its operation's (the output cache asks before the query is
    /// checked). On a JSON operation a format= or Accept asking for CSV or GeoJSON is named here too:
    /// the operation answers it with a 400 naming the CSV or GeoJSON operation.
    /// </summary>
    public static ResponseFormat Negotiate(HttpRequest request, string? format, bool geoJsonAllowed)
    {
        if (OfOperation(request) is not ResponseFormat.Json and var own) return own;
        switch (format?.Trim().ToLowerInvariant())
        {
            case "csv": return ResponseFormat.Csv;
            case "geojson": return ResponseFormat.GeoJson;
            case "json": return ResponseFormat.Json;
        }
        return Asked(request, geoJsonAllowed: true);
    }

    /// <summary>The Accept header's first acceptable type among JSON, CSV and GeoJSON; JSON by default.</summary>
    public static ResponseFormat Asked(HttpRequest request, bool geoJsonAllowed = true)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var parsed)) return ResponseFormat.Json;
        // q=0 means "not acceptable", not "least preferred".
        var accepted = parsed.Where(type => type.Quality is not 0).OrderByDescending(type => type.Quality ?? 1);
        foreach (var type in accepted)
        {
            if (type.MediaType.Equals(Csv, StringComparison.OrdinalIgnoreCase)) return ResponseFormat.Csv;
            if (geoJsonAllowed && type.MediaType.Equals(GeoJson, StringComparison.OrdinalIgnoreCase)) return ResponseFormat.GeoJson;
            if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return ResponseFormat.Json;
        }
        return ResponseFormat.Json;
    }
}
