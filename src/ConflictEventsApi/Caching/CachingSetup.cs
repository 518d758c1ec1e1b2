using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ConflictEventsApi.Caching;

public static class CachingSetup
{
    /// <summary>The dataset version, ETags and the output cache, configured from the "Caching" section.</summary>
    public static WebApplicationBuilder AddDatasetCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DatasetVersion>();
        builder.Services.AddSingleton<DatasetOutputCachePolicy>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<CachingOptions>, IServiceProvider>(
            (cache, caching, services) =>
            {
                cache.MaximumBodySize = caching.Value.OutputCacheMaximumBodyBytes;
                cache.SizeLimit = caching.Value.OutputCacheSizeLimitBytes;
                cache.AddPolicy(Http.Requests.RequestValidation.OutputCachePolicy, services.GetRequiredService<DatasetOutputCachePolicy>());
            });
        return builder;
    }

    /// <summary>
    /// ETags first (a matching If-None-Match is a 304 before any lookup), then the output cache,
    /// which stores a response only when it captured every byte sent (<see cref="CapturedBodyGuard"/>)
    /// and whose waiters never inherit a failed fill (<see cref="CacheFillWaiters"/>).
    /// </summary>
    public static WebApplication UseDatasetCaching(this WebApplication app)
    {
        app.UseDeliveredBodyCounter();
        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseIndependentCacheWaiters();
        app.UseOutputCache();
        app.UseOwnPipelineMarker();
        app.UseCapturedBodyCheck();
        return app;
    }
}
