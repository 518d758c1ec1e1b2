using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ConflictEventsApi.Http.Queries;

/// <summary>
/// A request's query string checked against its endpoint's declared parameters: unknown,
/// repeated and malformed parameters become errors named after the parameter, and the endpoint
/// filter answers them with one 400 problem before the handler runs. A list parameter may be
/// repeated (<c>track=a&amp;track=b</c>, OpenAPI's default <c>style: form, explode: true</c> that
/// openapi-fetch and most generators send) as well as comma-separated (<c>track=a,b</c>): the
/// values are merged, so both forms are one filter.
/// </summary>
public sealed class ParsedQuery
{
    private readonly IQueryCollection _query;
    private readonly Dictionary<string, QueryParameter> _parameters;
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public ParsedQuery(IQueryCollection query, IEnumerable<QueryParameter> parameters)
    {
        _query = query;
        _parameters = parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (!_parameters.TryGetValue(name, out var parameter))
                AddError(name, _parameters.Count == 0
                    ? $"Unknown query parameter '{name}': this operation takes no query parameters."
                    : $"Unknown query parameter '{name}'. Accepted: {string.Join(", ", _parameters.Keys.Order(StringComparer.Ordinal))}.");
            else if (values.Count > 1 && parameter.Type != QueryParameterType.List)
                AddError(name, $"'{name}' is given {values.Count} times; give it once ({parameter.Accepts}).");
            // PostgreSQL text cannot hold NUL, and no legitimate value holds a control character.
            else if (values.ToString().Any(char.IsControl))
                AddError(name, $"'{name}' must not contain control characters (such as %00); it accepts {parameter.Accepts}.");
            else
                Validate(parameter, Joined(values));
        }
    }

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    private static readonly HashSet<string> PagingOnly =
        [QueryParameters.Cursor.Name, QueryParameters.Limit.Name, QueryParameters.IncludeTotal.Name, QueryParameters.Format.Name];

    /// <summary>
    /// The filters in canonical form, which a cursor is bound to: sorted names; a list's items
    /// lower-cased, de-duplicated and sorted (track=b&amp;track=a, track=a,b and track=A, b are one
    /// filter); other values raw.
    /// </summary>
    public string FilterScope => string.Join('&', _query
        .Where(pair => !PagingOnly.Contains(pair.Key))
        .OrderBy(pair => pair.Key, StringComparer.Ordinal)
        .Select(pair => _parameters.TryGetValue(pair.Key, out var parameter) && parameter.Type == QueryParameterType.List
            ? $"{pair.Key}={string.Join(',', List(pair.Key).Order(StringComparer.Ordinal))}"
            : $"{pair.Key}={pair.Value}"));

    /// <summary>Whether the endpoint accepts this parameter at all.</summary>
    public bool Declares(string name) => _parameters.ContainsKey(name);

    public string? Text(string name) => Raw(name) is { Length: > 0 } value ? value.Trim() : null;

    public string[] List(string name) => Raw(name) is { Length: > 0 } value
        ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.ToLowerInvariant()).Distinct().ToArray()
        : [];

    public DateOnly? Date(string name) =>
        Raw(name) is { Length: > 0 } value && TryParseDate(value, out var date) ? date : null;

    /// <summary>The from and to dates; to before from is recorded as an error of to.</summary>
    public (DateOnly? From, DateOnly? To) DateRange()
    {
        var (from, to) = (Date("from"), Date("to"));
        if (from > to) AddError("to", "'to' must not be before 'from'.");
        return (from, to);
    }

    public int Integer(string name) =>
        Raw(name) is { Length: > 0 } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : _parameters[name].Default ?? 0;

    public bool Boolean(string name) => Raw(name) is { } value && bool.TryParse(value, out var flag) && flag;

    /// <summary>Replaces the errors of a parameter with one message (a parameter that moved names its new place).</summary>
    public void ReplaceError(string name, string message) => _errors[name] = [message];

    /// <summary>Records a problem found after parsing (an order of dates, an ambiguous alias).</summary>
    public void AddError(string name, string message)
    {
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
    }

    private string? Raw(string name)
    {
        if (!_parameters.ContainsKey(name))
            throw new InvalidOperationException($"'{name}' is not a declared parameter of this endpoint.");
        if (!_query.TryGetValue(name, out StringValues values)) return null;
        return values.Count == 1 ? values[0]
            : _parameters[name].Type == QueryParameterType.List ? Joined(values)
            : null;
    }

    /// <summary>A list's repeated values as one comma-separated value (a single value unchanged).</summary>
    private static string Joined(StringValues values) => values.Count == 1 ? values[0] ?? "" : string.Join(',', values.ToArray());

    private void Validate(QueryParameter parameter, string value)
    {
        var valid = parameter.Type switch
        {
            QueryParameterType.Text => value.Length <= parameter.MaxLength,
            QueryParameterType.List => value.Length <= parameter.MaxLength
                && value.Split(',', StringSplitOptions.TrimEntries) is var items
                && items.All(item => item.Length > 0)
                && (parameter.AllowedValues is null || items.All(item => parameter.AllowedValues.Contains(item.ToLowerInvariant()))),
            QueryParameterType.Choice => parameter.AllowedValues!.Contains(value.ToLowerInvariant()),
            QueryParameterType.Date => TryParseDate(value, out _),
            QueryParameterType.Integer => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= parameter.Minimum && number <= parameter.Maximum,
            QueryParameterType.Boolean => value is "true" or "false",
            _ => false,
        };
        if (!valid)
            AddError(parameter.Name, $"'{parameter.Name}' accepts {parameter.Accepts}; got '{Truncate(value)}'.");
    }

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

public enum QueryParameterType
{
    /// <summary>Free text, bounded in length.</summary>
    Text,
    /// <summary>
    /// One or more ids or values, comma-separated, repeated, or both (a=x,y&amp;a=z); with AllowedValues,
    /// from that vocabulary.
    /// </summary>
    List,
    /// <summary>One value from AllowedValues.</summary>
    Choice,
    /// <summary>An ISO-8601 calendar date, yyyy-MM-dd.</summary>
    Date,
    /// <summary>An integer between Minimum and Maximum.</summary>
    Integer,
    /// <summary>true or false.</summary>
    Boolean,
}

/// <summary>
/// One accepted query parameter of an endpoint: the single description used to validate requests
/// and to document the parameter in the OpenAPI document.
/// </summary>
public sealed record QueryParameter(string Name, QueryParameterType Type, string Description)
{
    public IReadOnlyList<string>? AllowedValues { get; init; }
    public int Minimum { get; init; }
    public int Maximum { get; init; } = int.MaxValue;
    public int? Default { get; init; }
    public int MaxLength { get; init; } = 200;
    public string? Example { get; init; }
    /// <summary>The closed vocabulary the values come from, documented as a component schema of that name.</summary>
    public string? Vocabulary { get; init; }
    public bool Required { get; init; }

    /// <summary>What the parameter accepts, in the words a 400 problem uses.</summary>
    public string Accepts => Type switch
    {
        QueryParameterType.Text => $"text of at most {MaxLength} characters",
        QueryParameterType.List when AllowedValues is not null => $"one or more of {string.Join(", ", AllowedValues)}, comma-separated or repeated",
        QueryParameterType.List => "one or more ids, comma-separated or repeated",
        QueryParameterType.Choice => $"one of {string.Join(", ", AllowedValues ?? [])}",
        QueryParameterType.Date => "a date as yyyy-MM-dd",
        QueryParameterType.Integer => $"an integer from {Minimum} to {Maximum}",
        QueryParameterType.Boolean => "true or false",
        _ => "a value",
    };
}
