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
        foreach (var (name, property) in concrete.Properties ?? new Dictionary<string, IOpenApiSchema>())
            if (property is OpenApiSchema described && Descriptions.TryGetValue(name, out var description))
                described.Description = description;
    }
}
