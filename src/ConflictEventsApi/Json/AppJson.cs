using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConflictEventsApi.Json;

/// <summary>
/// The one set of JSON options of the API: web defaults (camelCase), source-generated type info,
/// nulls written explicitly, and quotes left readable (responses are JSON, never inlined in HTML).
/// </summary>
public static class AppJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.TypeInfoResolverChain.Insert(0, AppJsonContext.Default);
        return options;
    }
}
