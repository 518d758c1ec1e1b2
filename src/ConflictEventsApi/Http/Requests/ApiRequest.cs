using System.Collections.Concurrent;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Vocabulary;
using Microsoft.AspNetCore.Http.Features;

namespace ConflictEventsApi.Http.Requests;

/// <summary>
/// The query of one operation, bound with <c>[AsParameters]</c>: each public settable property is a
/// query parameter, declared once with its description, type and limits (the attributes below and
/// <see cref="System.ComponentModel.DataAnnotations"/>'s). <see cref="RequestValidation"/> checks a
/// request against them, and against the database (<see cref="KnownIdsAttribute"/>,
/// <see cref="IValidatedRequest.ValidateAsync"/>), before the handler runs: an invalid request
/// never reaches it. Values are strings so binding cannot fail before validation names the
/// parameter; lists arrive split, trimmed, lower-cased and de-duplicated, texts trimmed.
/// </summary>
public abstract record ApiRequest
{
    /// <summary>The request (bound by the framework, not from the query).</summary>
    public HttpContext Http { get; init; } = null!;
}

/// <summary>A list with keyset paging: limit, cursor and includeTotal.</summary>
public abstract record PagedRequest : ApiRequest
{
    [Description("Items per page, from 1 to 500 (default 50).")]
    [Range(1, QueryParameters.MaxLimit), DefaultValue(QueryParameters.DefaultLimit), Example("50")]
    public string? Limit { get; init; }

    [Description("The nextCursor of the previous page, unchanged. A cursor is bound to the filters it was issued for.")]
    [MaxLength(1000)]
    public string? Cursor { get; init; }

    /// <summary>The page asked for (limit, the cursor's key, the total), read and checked before the handler runs.</summary>
    public ListRequest Page => Http.Features.GetRequiredFeature<ListRequest>();

    /// <summary>Whether a cursor's key is one this list issues (the key is signed, but its content is still parsed, never trusted).</summary>
    public virtual bool AcceptsCursorKey(string[] key) => key.Length == 1;
}

/// <summary>A paged list that can also count every match.</summary>
public abstract record CountedPagedRequest : PagedRequest
{
    [Description("When true, the response adds the exact number of items matching the filters (JSON only).")]
    [DataType(QueryValueTypes.Boolean), Example("false")]
    public string? IncludeTotal { get; init; }
}

/// <summary>A request with no query parameters (any given is a 400).</summary>
public sealed record NoQuery : ApiRequest;

/// <summary>Checks a request needs beyond its declared parameters (an actor named by alias, dates in order).</summary>
public interface IValidatedRequest
{
    ValueTask ValidateAsync(RequestValidationContext context);
}

/// <summary>The non-string value types a query parameter can declare with [DataType(...)].</summary>
public static class QueryValueTypes
{
    public const string Boolean = "boolean";
    public const string Date = "date";
}

/// <summary>An example value for the OpenAPI document.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExampleAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>The parameter takes values of a closed vocabulary (<see cref="Vocabulary.Vocabularies.ByName"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VocabularyAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The parameter names ids that must exist: an unknown one is a 400 naming the nearest valid ids.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KnownIdsAttribute(string table) : Attribute
{
    public string Table { get; } = table;
}

/// <summary>A request record's checked string values as what they mean (validation has already accepted them).</summary>
public static class QueryValue
{
    public static DateOnly? Date(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsTrue(string? value) => value == "true";

    public static int? Integer(string? value) =>
        value is not null && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>
/// A request record's query parameters, read once from its properties and attributes: the single
/// declaration that validation and the OpenAPI document both use.
/// </summary>
public sealed class RequestShape
{
    private static readonly ConcurrentDictionary<Type, RequestShape> Shapes = new();

    public static readonly RequestShape None = new(typeof(NoQuery));

    public IReadOnlyList<QueryParameter> Parameters { get; }

    /// <summary>The properties bound from the query, by parameter name.</summary>
    private readonly IReadOnlyList<(QueryParameter Parameter, PropertyInfo Property)> _properties;

    public IReadOnlyList<(string Parameter, string Table)> KnownIds { get; }

    public Type RequestType { get; }

    private RequestShape(Type type)
    {
        RequestType = type;
                var levels = Hierarchy(type).ToList();
        // The operation's own parameters first, then the shared ones from the base records down (limit, cursor, includeTotal).
        var properties = levels.Take(1).Concat(levels.Skip(1).Reverse())
            .SelectMany(level => level.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod is { IsPublic: true } && property.PropertyType != typeof(HttpContext)
                && property.Name != "EqualityContract")
            .ToList();
        _properties = properties.Select(property => (Declare(property), property)).ToList();
        Parameters = _properties.Select(pair => pair.Parameter).ToList();
        KnownIds = properties
            .Where(property => property.GetCustomAttribute<KnownIdsAttribute>() is not null)
            .Select(property => (CamelCase(property.Name), property.GetCustomAttribute<KnownIdsAttribute>()!.Table))
            .ToList();
    }

    public static RequestShape Of(Type requestType) => Shapes.GetOrAdd(requestType, type => new RequestShape(type));

    /// <summary>The request with its values in canonical form: lists split, trimmed, lower-cased, de-duplicated; texts trimmed, empty as null.</summary>
    public object Normalize(object request, ParsedQuery query)
    {
        foreach (var (parameter, property) in _properties)
        {
            object? value = parameter.Type == QueryParameterType.List ? query.List(parameter.Name) : query.Text(parameter.Name);
            property.SetValue(request, value);
        }
        return request;
    }

    public IReadOnlyList<string> Values(object request, string parameter)
    {
        var property = _properties.First(pair => pair.Parameter.Name == parameter).Property;
        return property.GetValue(request) switch
        {
            string[] list => list,
            string text => [text],
            _ => [],
        };
    }

    private static QueryParameter Declare(PropertyInfo property)
    {
        var name = CamelCase(property.Name);
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} has no [Description].");
        var vocabulary = property.GetCustomAttribute<VocabularyAttribute>()?.Name;
        IReadOnlyList<string>? allowed = vocabulary is not null ? Vocabularies.Named(vocabulary)
            : property.GetCustomAttribute<AllowedValuesAttribute>()?.Values.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!).ToArray();
        var range = property.GetCustomAttribute<RangeAttribute>();
        var dataType = property.GetCustomAttribute<DataTypeAttribute>()?.CustomDataType;
        var type = property.PropertyType == typeof(string[]) ? QueryParameterType.List
            : range is not null ? QueryParameterType.Integer
            : dataType == QueryValueTypes.Boolean ? QueryParameterType.Boolean
            : dataType == QueryValueTypes.Date ? QueryParameterType.Date
            : allowed is not null ? QueryParameterType.Choice
            : property.PropertyType == typeof(string) ? QueryParameterType.Text
            : throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name}: a query parameter is a string or string[].");
        return new QueryParameter(name, type, description)
        {
            AllowedValues = allowed,
            Vocabulary = vocabulary,
            Minimum = range is null ? 0 : Convert.ToInt32(range.Minimum, System.Globalization.CultureInfo.InvariantCulture),
            Maximum = range is null ? int.MaxValue : Convert.ToInt32(range.Maximum, System.Globalization.CultureInfo.InvariantCulture),
            Default = property.GetCustomAttribute<DefaultValueAttribute>()?.Value is int value ? value : null,
            MaxLength = property.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? 200,
            Example = property.GetCustomAttribute<ExampleAttribute>()?.Value,
            Required = property.GetCustomAttribute<RequiredAttribute>() is not null,
        };
    }

    private static IEnumerable<Type> Hierarchy(Type type)
    {
        for (var level = type; level is not null && level != typeof(object); level = level.BaseType) yield return level;
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
