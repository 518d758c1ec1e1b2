using ConflictEventsApi.Http.Queries;
using Microsoft.Net.Http.Headers;

namespace ConflictEventsApi.Http;

public enum ResponseFormat { Json, Csv, GeoJson }

public static class ResponseFormats
{
    public const string Csv = "text/csv";
    public const string GeoJson = "application/geo+json";

    /// <summary>?format= wins; otherwise the Accept header's first acceptable type; JSON by default.</summary>
    public static ResponseFormat Negotiate(HttpRequest request, ParsedQuery query, bool geoJsonAllowed = false) =>
        Negotiate(request, query.Text(QueryParameters.Format.Name), geoJsonAllowed);

    /// <summary>As above, from the raw format value (the output cache decides before the query is parsed).</summary>
    public static ResponseFormat Negotiate(HttpRequest request, string? format, bool geoJsonAllowed)
    {
        switch (format?.Trim().ToLowerInvariant())
        {
            case "csv": return ResponseFormat.Csv;
            case "geojson": return ResponseFormat.GeoJson;
            case "json": return ResponseFormat.Json;
        }
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
