using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ConflictEventsApi.Http;

/// <summary>
/// A nullable property whose type is another schema is written as a bare $ref, which says the value
/// is always an object; the JSON then carries null (an unlocated event's GeoJSON geometry). OpenAPI
/// 3.1 says "that schema or null" with anyOf.
/// </summary>
public sealed class NullableReferenceSchemaFilter : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties }) return;
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (properties.TryGetValue(name, out var reference) && reference is OpenApiSchemaReference
                && Nullability.Create(property).ReadState == NullabilityState.Nullable)
                properties[name] = new OpenApiSchema { AnyOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] };
        }
    }
}
