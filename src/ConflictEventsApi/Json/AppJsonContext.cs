using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictEventsApi.Events;
using ConflictEventsApi.Health;
using ConflictEventsApi.Tracks;

namespace ConflictEventsApi.Json;

/// <summary>Source-generated JSON for every type the API writes: camelCase, nulls written explicitly.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(PageResponse<Track>))]
[JsonSerializable(typeof(PageResponse<EventSummary>))]
[JsonSerializable(typeof(EventDetail))]
[JsonSerializable(typeof(EventFeatureCollection))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
