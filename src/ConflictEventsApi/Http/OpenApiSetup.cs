using Microsoft.OpenApi;

namespace ConflictEventsApi.Http;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static WebApplicationBuilder AddApiDocumentation(this WebApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "ConflictEventsApi",
                Version = "1.0.0",
                Description = "Conflict events, actors and their stances from news reporting on Syria peace " +
                    "diplomacy (the Sochi, Geneva and Astana tracks), every fact traceable to a verbatim quote.",
                Contact = new OpenApiContact { Name = "ConflictEventsApi maintainers" },
            });
            options.OperationFilter<QueryParametersOperationFilter>();
            options.OperationFilter<TooManyRequestsOperationFilter>();
            options.OperationFilter<ResponseFormatsOperationFilter>();
            options.SchemaFilter<ProblemDetailsSchemaFilter>();
            options.SchemaFilter<NullableReferenceSchemaFilter>();
            options.SchemaFilter<VocabularySchemaFilter>();
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            var xml = Path.Combine(AppContext.BaseDirectory, "ConflictEventsApi.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
        });
        return builder;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        // OpenAPI 3.1: nullable fields are type arrays ("type": ["string", "null"]) and the schemas are
        // JSON Schema 2020-12, so a response can be validated with any JSON Schema validator.
        app.UseSwagger(options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            // Generators need an absolute server URL (Kiota ignores a relative one and leaves the base
            // address to every caller): the document names the origin it was fetched from, which behind
            // a proxy is the forwarded one.
            options.PreSerializeFilters.Add((document, request) =>
                document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}" }]);
        });
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "ConflictEventsApi v1");
            options.DocumentTitle = "ConflictEventsApi";
        });
        return app;
    }
}
