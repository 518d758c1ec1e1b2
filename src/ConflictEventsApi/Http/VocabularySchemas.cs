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
            repository.AddDefinition(name, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = Vocabularies.ByName[name].Select(value => (JsonNode)JsonValue.Create(value)!).ToList(),
            });
        return new OpenApiSchemaReference(name, null);
    }
}
