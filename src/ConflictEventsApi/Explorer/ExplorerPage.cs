using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

namespace ConflictEventsApi.Explorer;

/// <summary>
/// The explorer page: static files from wwwroot/explore at /explore/, built only on the public
/// API. They are served before routing reaches the API's endpoints, so they are no operation of
/// the OpenAPI document, pass no query validation and get no dataset ETag or output cache (the
/// static file middleware sends its own ETag and Last-Modified).
/// </summary>
public static class ExplorerPage
{
    public const string Path = "/explore";

    /// <summary>
    /// The page's own policy: scripts and styles from this origin only, no inline script, no eval.
    /// Observable Plot puts one fixed &lt;style&gt; element into every chart (its default class
    /// plot-d6a7b5); that exact text is allowed by its hash instead of 'unsafe-inline'
    /// (tools/explorer-vendor/vendor.sh prints the hash when the library is updated).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; " +
        "style-src 'self' 'sha256-jSYQUrW7J0b3jPqhZP9C2Xh1PyJKHKXd4s0fpGGKrww='; " +
        "img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static bool Serves(PathString path) => path.StartsWithSegments(Path);

    public static WebApplicationBuilder AddExplorerPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        return builder;
    }

    public static WebApplication UseExplorerPage(this WebApplication app)
    {
        var root = System.IO.Path.Combine(app.Environment.WebRootPath ?? System.IO.Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "explore");
        if (!Directory.Exists(root)) return app;
        var files = new PhysicalFileProvider(root);
        app.UseWhen(context => Serves(context.Request.Path), page =>
        {
            // The page's own policy, set as the response starts like the API's (which then keeps it).
            page.Use((context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    context.Response.Headers.XFrameOptions = "DENY";
                    return Task.CompletedTask;
                });
                return next(context);
            });
            // Relative module URLs resolve against /explore/, so the bare path redirects there.
            page.Use((context, next) =>
            {
                if (context.Request.Path.Value == Path)
                {
                    context.Response.Redirect($"{Path}/{context.Request.QueryString}");
                    return Task.CompletedTask;
                }
                return next(context);
            });
            page.UseResponseCompression();
            page.UseDefaultFiles(new DefaultFilesOptions { RequestPath = Path, FileProvider = files });
            page.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = Path,
                FileProvider = files,
                // Revalidate each time (a 304 from the ETag): a new release must not mix old and new modules.
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
            });
        });
        return app;
    }
}
