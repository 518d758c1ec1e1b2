using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ConflictEventsApi.Http;

/// <summary>
/// Documents the rate limiter's 429 on every operation that requires the client policy: a client
/// generated from the document should know to wait for Retry-After.
/// </summary>
public sealed class TooManyRequestsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any()) return;
        operation.Responses ??= [];
        operation.Responses["429"] = new OpenApiResponse
        {
            Description = "Too many requests from this client (only when RateLimiting:PermitLimit is set). Retry after Retry-After seconds.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Access-Control-Allow-Origin"] = new OpenApiHeader
                {
                    Description = "CORS: * or, when Cors:AllowedOrigins is set, the request's allowed origin; a browser dashboard can read this response.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 2048 },
                },
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the next request.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "3600" },
                },
            },
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        };
    }
}
