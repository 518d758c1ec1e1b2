using System.Text.Json.Nodes;
using System.Reflection;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Http.Requests;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ConflictEventsApi.Http;

/// <summary>
/// Documents each operation's query parameters from its request record (the declaration that
/// validates them), replacing what ApiExplorer inferred from the record's string properties.
/// </summary>
public sealed class QueryParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var requestType = context.MethodInfo?.GetParameters()
            .FirstOrDefault(parameter => parameter.GetCustomAttribute<AsParametersAttribute>() is not null)?.ParameterType;
        if (requestType is null) return;
        operation.Parameters ??= [];
        foreach (var inferred in operation.Parameters.Where(parameter => parameter.In == ParameterLocation.Query).ToList())
            operation.Parameters.Remove(inferred);
        foreach (var parameter in RequestShape.Of(requestType).Parameters)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Required = parameter.Required,
                Description = parameter.Type switch
                {
                    QueryParameterType.List when parameter.AllowedValues is not null =>
                        $"{parameter.Description} Values: {string.Join(", ", parameter.AllowedValues)}. {ListForms}",
                    QueryParameterType.List => $"{parameter.Description} {ListForms}",
                    _ => parameter.Description,
                },
                Schema = Schema(parameter, context),
                Example = parameter.Example is null ? null : Value(parameter),
                // Lists are documented as OpenAPI's default for arrays, repeated (track=a&track=b): what
                // openapi-fetch sends whatever the document says, and what openapi-generator, Kiota, NSwag
                // and Swagger UI send for explode: true. The comma form (track=a,b) is accepted as well.
                Explode = true,
                Style = ParameterStyle.Form,
            });
        }
    }

    private const string ListForms = "Repeat the parameter (a=x&a=y) or separate values with commas (a=x,y).";

    private static JsonNode? Value(QueryParameter parameter) => parameter.Type switch
    {
        _ when parameter.Vocabulary is { } name && Vocabulary.Vocabularies.Integers.Contains(name) =>
            JsonValue.Create(int.Parse(parameter.Example!, System.Globalization.CultureInfo.InvariantCulture)),
        QueryParameterType.Integer => JsonValue.Create(int.Parse(parameter.Example!, System.Globalization.CultureInfo.InvariantCulture)),
        QueryParameterType.Boolean => JsonValue.Create(parameter.Example == "true"),
        QueryParameterType.List => new JsonArray(parameter.Example!.Split(',').Select(item => (JsonNode)JsonValue.Create(item)!).ToArray()),
        _ => JsonValue.Create(parameter.Example),
    };

    private static IOpenApiSchema Schema(QueryParameter parameter, OperationFilterContext context) => parameter switch
    {
        { Vocabulary: { } name, Type: QueryParameterType.List } => new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = VocabularySchemas.Reference(name, context.SchemaRepository),
        },
        { Vocabulary: { } name } => VocabularySchemas.Reference(name, context.SchemaRepository),
        _ => Schema(parameter),
    };

    private static OpenApiSchema Schema(QueryParameter parameter) => parameter.Type switch
    {
        QueryParameterType.Integer => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = parameter.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Maximum = parameter.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Default = parameter.Default is { } value ? JsonValue.Create(value) : null,
        },
        QueryParameterType.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) },
        QueryParameterType.Date => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        QueryParameterType.Choice => new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = parameter.AllowedValues!.Select(value => (JsonNode)JsonValue.Create(value)!).ToList(),
        },
        QueryParameterType.List when parameter.AllowedValues is not null => new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = parameter.AllowedValues.Select(value => (JsonNode)JsonValue.Create(value)!).ToList(),
            },
        },
        QueryParameterType.List => new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        _ => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = parameter.MaxLength },
    };
}
