namespace ConflictEventsApi.Http;

public enum ResponseFormat { Json, Csv, GeoJson }

/// <summary>The media types besides JSON (an operation's format follows its path: <see cref="Queries.ListRequest.FormatOf"/>).</summary>
public static class ResponseFormats
{
    public const string Csv = "text/csv";
    public const string GeoJson = "application/geo+json";
}
