using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ConflictEventsApi.Http;

/// <summary>Describes the RFC 9457 problem fields, which come from the framework without XML docs.</summary>
public sealed class ProblemDetailsSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["type"] = "A URI reference identifying the problem type.",
        ["title"] = "A short summary of the problem type.",
        ["status"] = "The HTTP status code.",
        ["detail"] = "What went wrong with this request, naming the parameter and what it accepts where one was rejected.",
        ["instance"] = "A URI reference identifying this occurrence.",
        ["errors"] = "For a 400: each rejected query parameter with its messages.",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!typeof(ProblemDetails).IsAssignableFrom(context.Type) || schema is not OpenApiSchema concrete) return;
        concrete.Description = "An RFC 9457 problem document; traceId ties it to the server's log.";
        // Closed: the API adds traceId and nothing else, so a generated client types every field.
        concrete.AdditionalPropertiesAllowed = false;
        concrete.AdditionalProperties = null;
        concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
        concrete.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The W3C trace id of the request (32 hex digits), as the server's log records it.",
        };
        concrete.Required ??= new HashSet<string>();
        concrete.Required.Add("traceId");
        if (concrete.Properties.TryGetValue("detail", out var detail) && detail is OpenApiSchema primary)
        {
            primary.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            // Kiota and AutoRest use this field as the exception's message.
            primary.Extensions["x-ms-primary-error-message"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(true));
        }
        foreach (var (name, property) in concrete.Properties ?? new Dictionary<string, IOpenApiSchema>())
            if (property is OpenApiSchema described && Descriptions.TryGetValue(name, out var description))
                described.Description = description;
    }
}
