namespace ConflictEventsApi.Http.Queries;

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
