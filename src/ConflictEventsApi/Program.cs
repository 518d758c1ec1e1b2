using ConflictEventsApi.Data;
using ConflictEventsApi.Health;
using ConflictEventsApi.Http;
using ConflictEventsApi.Json;
using ConflictEventsApi.Logging;
using ConflictEventsApi.Tracks;

var builder = WebApplication.CreateBuilder(args);

builder.AddStructuredLogging();
builder.AddProblemResponses();
builder.AddEventsDatabase();
builder.AddHealth();
builder.AddApiDocumentation();
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Default));
builder.Services.AddSingleton<TrackQueries>();

await using var app = builder.Build();

if (!await app.PrepareDatabaseAsync(args)) return;

// Request logging wraps the problem handler, so it logs the status the client received.
app.UseRequestLogging();
app.UseProblemResponses();
app.UseApiDocumentation();

app.MapHealth();
app.MapTracks();

await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
