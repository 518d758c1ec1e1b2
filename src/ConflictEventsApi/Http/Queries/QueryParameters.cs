namespace ConflictEventsApi.Http.Queries;

/// <summary>The paging parameters' names and limits, shared by every list (declared on <see cref="Requests.PagedRequest"/>).</summary>
public static class QueryParameters
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static readonly QueryParameter Limit = new("limit", QueryParameterType.Integer, "") { Minimum = 1, Maximum = MaxLimit, Default = DefaultLimit };
    public static readonly QueryParameter Cursor = new("cursor", QueryParameterType.Text, "");
    public static readonly QueryParameter IncludeTotal = new("includeTotal", QueryParameterType.Boolean, "");
    public static readonly QueryParameter Format = new("format", QueryParameterType.Choice, "") { AllowedValues = ["json", "csv", "geojson"] };
}
