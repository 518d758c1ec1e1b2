namespace ConflictEventsApi.Caching;

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
