using ConflictEventsApi;
using ConflictEventsApi.Actors;
using ConflictEventsApi.Caching;
using ConflictEventsApi.Claims;
using ConflictEventsApi.Curation;
using ConflictEventsApi.Data;
using ConflictEventsApi.Events;
using ConflictEventsApi.Explorer;
using ConflictEventsApi.Health;
using ConflictEventsApi.Hosting;
using ConflictEventsApi.Http;
using ConflictEventsApi.Json;
using ConflictEventsApi.Logging;
using ConflictEventsApi.Meta;
using ConflictEventsApi.Participants;
using ConflictEventsApi.Positions;
using ConflictEventsApi.Sources;
using ConflictEventsApi.Stances;
using ConflictEventsApi.Stats;
using ConflictEventsApi.Telemetry;
using ConflictEventsApi.Tracks;

var builder = WebApplication.CreateBuilder(args);

builder.AddStructuredLogging();
builder.AddTelemetry();
builder.AddProblemResponses();
builder.AddEventsDatabase();
builder.AddDatasetCaching();
builder.AddHealth();
builder.AddApiDocumentation();
builder.AddReadOnlyCors();
builder.AddServerLimits();
builder.AddClientRateLimiting();
builder.AddGracefulShutdown();
builder.AddExplorerPage();
builder.Services.ConfigureHttpJsonOptions(options => AppJson.Configure(options.SerializerOptions, AppJsonContext.Default));
builder.Services.AddSingleton<TrackQueries>();
builder.Services.AddSingleton<EventQueries>();
builder.Services.AddSingleton<ActorQueries>();
builder.Services.AddSingleton<StanceQueries>();
builder.Services.AddSingleton<PositionQueries>();
builder.Services.AddSingleton<ParticipantQueries>();
builder.Services.AddSingleton<SourceQueries>();
builder.Services.AddSingleton<ClaimQueries>();
builder.Services.AddSingleton<StatsQueries>();
builder.Services.AddSingleton<MetaQueries>();
builder.Services.AddSingleton(TimeProvider.System);

await using var app = builder.Build();

if (CurationCommand.IsCurate(args))
{
    Environment.ExitCode = await CurationCommand.RunAsync(app, args, Console.Out);
    return;
}
if (!await app.PrepareDatabaseAsync(args)) return;

// Scrapes on the management port are answered before anything else runs (and only there).
app.UseManagementEndpoint();
// Request logging wraps the problem handler, so it logs the status the client received.
app.UseRequestLogging();
app.UseProblemResponses();
app.UseSecurityHeaders();
app.UseHeadAsGet();
// CORS before the limiter, so a browser dashboard can read a 429 and its Retry-After.
app.UseCors();
app.UseClientRateLimiting();
app.UseExplorerPage();
app.UseApiDocumentation();
app.UseDatasetCaching();
app.UseDatabaseCircuit();

app.MapHealth();
app.MapTracks();
app.MapEvents();
app.MapActors();
app.MapStances();
app.MapPositions();
app.MapParticipants();
app.MapSources();
app.MapClaims();
app.MapStats();
app.MapMeta();

await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
