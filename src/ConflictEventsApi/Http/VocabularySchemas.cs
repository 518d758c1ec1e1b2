using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictEventsApi.Vocabulary;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ConflictEventsApi.Http;

/// <summary>
/// The closed vocabularies as component schemas (string enums named EventKind, StanceKind, ...),
/// referenced by the parameters that filter on them and the properties that carry them, so a
/// generated client has one enum type per vocabulary.
/// </summary>
public static class VocabularySchemas
{
    public static IOpenApiSchema Reference(string name, SchemaRepository repository)
    {
        if (!repository.Schemas.ContainsKey(name))
            repository.AddDefinition(name, Vocabularies.Integers.Contains(name)
                ? new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Enum = Vocabularies.Named(name).Select(value => (JsonNode)JsonValue.Create(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture))).ToList(),
                }
                : new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = Vocabularies.Named(name).Select(value => (JsonNode)JsonValue.Create(value)!).ToList(),
                });
        return new OpenApiSchemaReference(name, null);
    }
}

/// <summary>A model property carrying a vocabulary's values references its component schema (or null, when it may be null).</summary>
public sealed class VocabularySchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties }) return;
        // One per call: NullabilityInfoContext caches without locks, and documents are generated concurrently.
        var nullability = new NullabilityInfoContext();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<Requests.VocabularyAttribute>() is not { } vocabulary) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!properties.TryGetValue(name, out var inferred)) continue;
            var reference = new OpenApiSchemaReference(vocabulary.Name, null) { Description = inferred.Description };
            VocabularySchemas.Reference(vocabulary.Name, context.SchemaRepository);
            properties[name] = nullability.Create(property).ReadState == NullabilityState.Nullable
                ? new OpenApiSchema { Description = inferred.Description, OneOf = [new OpenApiSchemaReference(vocabulary.Name, null), new OpenApiSchema { Type = JsonSchemaType.Null }] }
                : reference;
        }
    }
}
