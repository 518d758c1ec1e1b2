using System.Collections.Concurrent;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Vocabulary;

namespace ConflictEventsApi.Http.Requests;

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
