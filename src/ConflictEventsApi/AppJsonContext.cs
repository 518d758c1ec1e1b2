using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictEventsApi.Events;
using ConflictEventsApi.Health;
using ConflictEventsApi.Http.Queries;
using ConflictEventsApi.Tracks;

namespace ConflictEventsApi;

/// <summary>
/// Source-generated JSON for every type the API writes: camelCase, nulls written explicitly. Beside
/// Program.cs because it names every feature's types: it is part of the composition, not of the
/// shared Json folder (which features use, so it may not use them).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(PageResponse<Track>))]
[JsonSerializable(typeof(PageResponse<EventSummary>))]
[JsonSerializable(typeof(EventDetail))]
[JsonSerializable(typeof(EventFeatureCollection))]
[JsonSerializable(typeof(ConflictEventsApi.Tracks.TrackDetail))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Sources.SourceSummary>))]
[JsonSerializable(typeof(ConflictEventsApi.Sources.SourceDetail))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Sources.SourceCitation>))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Claims.ClaimSummary>))]
[JsonSerializable(typeof(ConflictEventsApi.Claims.ClaimTopicDetail))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Claims.ClaimTopicSummary>))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Stats.StanceCount>))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Stats.EventCount>))]
[JsonSerializable(typeof(ConflictEventsApi.Meta.MetaResponse))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Actors.ActorSummary>))]
[JsonSerializable(typeof(ConflictEventsApi.Actors.ActorDetail))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Stances.StanceItem>))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Positions.ActorPosition>))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Positions.TrackPosition>))]
[JsonSerializable(typeof(ConflictEventsApi.Stances.StanceDetail))]
[JsonSerializable(typeof(PageResponse<ConflictEventsApi.Participants.ParticipantItem>))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
