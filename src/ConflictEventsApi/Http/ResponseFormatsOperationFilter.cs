using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ConflictEventsApi.Http;

/// <summary>
/// Documents what a read really sends beside its body: a CSV operation's columns, the caching and
/// paging headers, If-None-Match and the 304 it gets, and the Retry-After of a 503.
/// </summary>
public sealed class ResponseFormatsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("health", StringComparison.Ordinal) == true) return;
        if (operation.Responses is null) return;
        var csv = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvColumns>().FirstOrDefault();

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            if (csv is not null && success.Content?.TryGetValue(ResponseFormats.Csv, out var media) == true && media is OpenApiMediaType csvMedia)
                // A file, not a JSON string: generators then hand over the body as text or a stream
                // (NSwag's FileResponse, Kiota's Stream) instead of trying to parse it as JSON.
                csvMedia.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = "binary",
                    Description = "RFC 4180 CSV, UTF-8, a header row, then one row per item (lists joined with ';'). Columns: " +
                        string.Join(", ", csv.Headers) + ".",
                };
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var (name, header) in ReadHeaders()) success.Headers[name] = header;
            if (csv?.Paged == true)
                success.Headers["Link"] = Header("On a CSV page with a successor: <url>; rel=\"next\", the same request with the next cursor.");
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of a response received earlier: when it is still current the answer is a 304 without a body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not modified: the If-None-Match ETag is still current (same dataset version, same request).",
            Headers = ReadHeaders(),
        };
        if (operation.Responses.TryGetValue("503", out var unavailable) && unavailable is OpenApiResponse outage)
        {
            outage.Headers ??= new Dictionary<string, IOpenApiHeader>();
            outage.Headers[AllowOrigin] = ReadHeaders()[AllowOrigin];
            outage.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before retrying: the database is unreachable or too slow.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
            };
        }
    }

    private const string AllowOrigin = "Access-Control-Allow-Origin";

    private static Dictionary<string, IOpenApiHeader> ReadHeaders() => new()
    {
        [AllowOrigin] = Header("CORS: * or, when Cors:AllowedOrigins is set, the request's allowed origin, so a browser dashboard can read the response."),
        ["ETag"] = Header("A strong validator of this response (dataset version and request); send it as If-None-Match to get a 304."),
        ["Cache-Control"] = Header("public, max-age=N: how long the response may be reused (Caching:MaxAge)."),
        ["X-Dataset-Version"] = Header("The dataset version the response was computed from (GET /meta): cite it with the data."),
    };

    private static OpenApiHeader Header(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
