using ConflictEventsApi.Http;
using ConflictEventsApi.Http.Queries;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

// The server's output cache of the read API: its setup, the policy that keys entries by the
// normalised request and the dataset version, and the two guards that keep a failed or partial
// response out of it.
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


/// <summary>
/// Output caching for the read API. The key is the normalised request (path, every query
/// parameter sorted by name, Accept and Accept-Encoding) plus the dataset version, so a migration
/// that changes the data makes every earlier entry unreachable as soon as the version is re-read;
/// the stale entries then age out within Caching:MaxAge. Only 200 responses are kept, and only
/// when the whole body was captured (CapturedBodyGuard).
/// </summary>
public sealed class DatasetOutputCachePolicy(DatasetVersion datasetVersion, IOptions<CachingOptions> options, TimeProvider time) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var settings = options.Value;
        var request = context.HttpContext.Request;
        // A CSV export without a limit streams every matching row: too large to keep, and with the
        // cache's locking, identical exports would wait for each other (and share a cancellation).
        if (!settings.OutputCache || !CacheableRequests.IsCacheable(request) || ListRequest.AsksForExport(request)) return;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Kept no longer than clients are told they may keep it (Cache-Control max-age).
        context.ResponseExpirationTimeSpan = settings.MaxAge;
        context.CacheVaryByRules.VaryByValues["query"] = QueryKey(request.Query);
        context.CacheVaryByRules.HeaderNames = new(["Accept", "Accept-Encoding"]);
        context.CacheVaryByRules.VaryByValues["dataset"] = await datasetVersion.GetAsync(cancellation);
        if (CacheableRequests.VariesByDay(request)) context.CacheVaryByRules.VaryByValues["day"] = CacheableRequests.Today(time);
        // Concurrent misses for one key wait for the first: a dashboard fleet polling after a
        // migration costs one query, not one per client. A waiter never inherits that request's
        // failure (CacheFillWaiters): it runs again on its own. Set last, when nothing here can fail.
        context.AllowLocking = CacheFillWaiters.MayWaitOnAnotherFill(context.HttpContext);
    }

    /// <summary>
    /// The query in the key: parameters sorted by name (limit=2&amp;track=a and track=a&amp;limit=2 share
    /// an entry), a repeated parameter's values in the order sent. Not ASP.NET's QueryKeys "*", which
    /// also sorts the values: track=b&amp;track=a would then replay the CSV Link header of
    /// track=a&amp;track=b. Its comma form, track=a,b, is another entry for the same reason.
    /// </summary>
    private static string QueryKey(IQueryCollection query) => string.Join('&', query
        .OrderBy(pair => pair.Key, StringComparer.Ordinal)
        // Re-escaped, so q=a%26b=c and q=a&b=c cannot share a key.
        .SelectMany(pair => pair.Value.Select(value => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(value ?? "")}")));

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.RequestServices.GetService<Telemetry.ApiMetrics>()?.CacheHit();
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheLookup) context.HttpContext.RequestServices.GetService<Telemetry.ApiMetrics>()?.CacheMiss();
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Keeps the output cache honest: a response is stored only if the cache captured every byte the
/// client received. Two counters, one on each side of the output cache: the outer one counts what
/// leaves the app, the inner one what the handler wrote into the cache's capture stream. A result
/// that writes around the capture (an earlier body stream, a pipe) makes them differ, and the
/// response is then passed through and not stored. The inner stream also never disposes the
/// capture stream it wraps: disposing it drops the captured body and an empty entry is stored.
/// </summary>
public static class CapturedBodyGuard
{
    /// <summary>Outside the output cache: counts the bytes sent to the client.</summary>
    public static IApplicationBuilder UseDeliveredBodyCounter(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var original = context.Response.Body;
        var counter = new CountingStream(original);
        context.Features.Set(counter);
        context.Response.Body = counter;
        try { await next(context); }
        finally { context.Response.Body = original; }
    });

    /// <summary>Inside the output cache: counts what it captures and refuses storage on a mismatch.</summary>
    public static IApplicationBuilder UseCapturedBodyCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var cache = context.Features.Get<IOutputCacheFeature>();
        if (cache is null || !cache.Context.AllowCacheStorage)
        {
            await next(context);
            return;
        }
        var capture = context.Response.Body;
        var captured = new CountingStream(capture);
        context.Response.Body = captured;
        try { await next(context); }
        finally { context.Response.Body = capture; }
        var delivered = context.Features.Get<CountingStream>();
        if (delivered is null || delivered.BytesWritten != captured.BytesWritten)
            cache.Context.AllowCacheStorage = false;
    });

    /// <summary>Forwards writes and counts them; disposing it leaves the wrapped stream open.</summary>
    internal sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesWritten { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            BytesWritten += buffer.Length;
        }

        public override void WriteByte(byte value)
        {
            inner.WriteByte(value);
            BytesWritten++;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            BytesWritten += buffer.Length;
        }

        // The wrapped stream belongs to the server or to the output cache, not to whoever disposes this one.
        // Stream's own Dispose releases nothing of the wrapped stream, so calling it is safe.
        protected override void Dispose(bool disposing) => base.Dispose(disposing);

        public override ValueTask DisposeAsync() => base.DisposeAsync();
    }
}

/// <summary>
/// The output cache's request locking makes concurrent misses for one key wait for the first
/// request to fill the entry, and hands every waiter that request's exception when it fails: one
/// client that disconnects (its query cancelled) used to answer the others with a 503. Here a
/// waiter that received another request's failure runs the pipeline again on its own, without the
/// lock, so its answer depends only on its own request and the database.
/// </summary>
public static class CacheFillWaiters
{
    private static readonly object WaitedOnAnotherFill = new();
    private static readonly object RanOwnPipeline = new();
    private static readonly object MustNotWait = new();

    /// <summary>Outside the output cache: runs a waiter again when the fill it waited on failed.</summary>
    public static IApplicationBuilder UseIndependentCacheWaiters(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception) when (context.Items.ContainsKey(WaitedOnAnotherFill) && !context.Items.ContainsKey(RanOwnPipeline)
            && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Items.Remove(WaitedOnAnotherFill);
            context.Items[MustNotWait] = true;
            await next(context);
        }
    });

    /// <summary>Inside the output cache: this request runs its own handler (it fills, or caching is off for it).</summary>
    public static IApplicationBuilder UseOwnPipelineMarker(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Items[RanOwnPipeline] = true;
        return next(context);
    });

    /// <summary>
    /// Asked by the cache policy: whether this request may wait on another's fill. When it may, it
    /// is marked, so a failure that did not come from its own pipeline is recognised as inherited.
    /// </summary>
    public static bool MayWaitOnAnotherFill(HttpContext context)
    {
        if (context.Items.ContainsKey(MustNotWait)) return false;
        context.Items[WaitedOnAnotherFill] = true;
        return true;
    }
}
