using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ConflictEventsApi.Http;

/// <summary>
/// A nullable property whose type is another schema is written as a bare $ref, which says the value
/// is always an object; the JSON then carries null (an unlocated event's GeoJSON geometry). OpenAPI
/// 3.1 says "that schema or null" with oneOf (exactly one holds; generators read it as a nullable reference).
/// </summary>
public sealed class NullableReferenceSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties }) return;
        // One per call: NullabilityInfoContext caches without locks, and documents are generated concurrently.
        var nullability = new NullabilityInfoContext();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (properties.TryGetValue(name, out var reference) && reference is OpenApiSchemaReference
                && nullability.Create(property).ReadState == NullabilityState.Nullable)
                properties[name] = new OpenApiSchema { OneOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] };
        }
    }
}
