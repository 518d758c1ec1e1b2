namespace ConflictEventsApi.Http.Queries;

/// <summary>Parameters shared by the list endpoints, described once.</summary>
public static class QueryParameters
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static readonly QueryParameter Limit = new("limit", QueryParameterType.Integer,
        $"Items per page, from 1 to {MaxLimit} (default {DefaultLimit}).")
    { Minimum = 1, Maximum = MaxLimit, Default = DefaultLimit, Example = "50" };

    public static readonly QueryParameter Cursor = new("cursor", QueryParameterType.Text,
        "The nextCursor of the previous page, unchanged. A cursor is bound to the filters it was issued for.")
    { MaxLength = 1000 };

    public static readonly QueryParameter IncludeTotal = new("includeTotal", QueryParameterType.Boolean,
        "When true, the response adds the exact number of items matching the filters (JSON only).")
    { Example = "false" };

    public static readonly QueryParameter Format = new("format", QueryParameterType.Choice,
        "Response format; overrides the Accept header. csv: RFC 4180, UTF-8, flat columns.")
    { AllowedValues = ["json", "csv"] };

    public static readonly QueryParameter FormatWithGeoJson = Format with
    {
        Description = "Response format; overrides the Accept header. csv: RFC 4180, UTF-8, flat columns; geojson: a FeatureCollection of the located events.",
        AllowedValues = ["json", "csv", "geojson"],
    };

    public static QueryParameter From(string what) => new("from", QueryParameterType.Date,
        $"Only {what} on or after this date (yyyy-MM-dd).") { Example = "2017-12-01" };

    public static QueryParameter To(string what) => new("to", QueryParameterType.Date,
        $"Only {what} on or before this date (yyyy-MM-dd); not before from.") { Example = "2018-01-31" };

    public static readonly IReadOnlyList<QueryParameter> Paging = [Limit, Cursor, IncludeTotal];
}
