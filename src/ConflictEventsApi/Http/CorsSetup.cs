namespace ConflictEventsApi.Http;

/// <summary>
/// The data is public, so browser dashboards on any origin may read it by default: GET, HEAD and
/// OPTIONS (the preflight) only. Cors:AllowedOrigins narrows it.
/// </summary>
public static class CorsSetup
{
    public static WebApplicationBuilder AddReadOnlyCors(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (origins.Length == 0 || origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Options)
                .WithHeaders("Accept", "If-None-Match")
                .WithExposedHeaders("ETag", "Link", "Retry-After", "X-Dataset-Version")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        return builder;
    }
}
