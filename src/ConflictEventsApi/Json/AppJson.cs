using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConflictEventsApi.Json;

/// <summary>
/// The one set of JSON options of the API: web defaults (camelCase), source-generated type info,
/// nulls written explicitly, and quotes left readable (responses are JSON, never inlined in HTML).
/// Program.cs configures the app's options with it (ASP.NET Core's JsonOptions), which every
/// result and writer then uses.
/// </summary>
public static class AppJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options, IJsonTypeInfoResolver sourceGenerated)
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.TypeInfoResolverChain.Insert(0, sourceGenerated);
        return options;
    }

    /// <summary>The app's configured options (for writers outside the result types).</summary>
    public static JsonSerializerOptions Of(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
}
