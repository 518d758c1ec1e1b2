// Calls every operation of the API through the Kiota client generated from the served document,
// checking each status (Kiota throws on any error status) and one typed field.
//   dotnet run --project tools/clients/kiota -- <base url>
using ConflictEventsApi.Clients.Kiota;
using ConflictEventsApi.Clients.Kiota.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5097" };
var client = new ApiClient(adapter);
var failures = 0;
var calls = 0;

async Task Check(string operation, Func<Task<bool>> call)
{
    calls++;
    try
    {
        if (!await call()) { failures++; Console.WriteLine($"FAIL {operation}: unexpected content"); }
    }
    catch (Exception e) when (e is ApiException or HttpRequestException or InvalidOperationException)
    {
        failures++;
        Console.WriteLine($"FAIL {operation}: {e.GetType().Name}: {e.Message}");
    }
}

static async Task<bool> Csv(Task<Stream?> body, string header)
{
    await using var stream = await body;
    using var reader = new StreamReader(stream!);
    return (await reader.ReadToEndAsync()).StartsWith(header, StringComparison.Ordinal);
}

const string Congress = "congress-of-syrian-national-dialogue";
var eventId = (await client.Events.GetAsync(c => { c.QueryParameters.Track = ["sochi"]; c.QueryParameters.Limit = 1; }))!.Items![0].Id!;
var stanceId = (await client.Stances.GetAsync(c => c.QueryParameters.Limit = 1))!.Items![0].Id!;
var sourceId = (await client.Sources.GetAsync(c => c.QueryParameters.Limit = 1))!.Items![0].Id!;

await Check("ListEvents", async () => (await client.Events.GetAsync(c =>
{
    c.QueryParameters.Track = ["sochi"];
    c.QueryParameters.Limit = 5;
    c.QueryParameters.Include = EventInclude.Schedules;
}))!.Items!.All(e => e.Schedules is not null));
await Check("ExportEvents", () => Csv(client.EventsCsv.GetAsync(c => { c.QueryParameters.Track = ["sochi"]; c.QueryParameters.Limit = 5; }), "id,"));
await Check("ListEventFeatures", async () => (await client.EventsGeojson.GetAsync(c => c.QueryParameters.Limit = 5))!.Type == "FeatureCollection");
await Check("GetEvent", async () => (await client.Events[eventId].GetAsync())!.Event!.Id == eventId);
await Check("ListEventParticipants", async () => (await client.Events[Congress].Participants.GetAsync(c => c.QueryParameters.Role = [ParticipantRole.Boycotted]))!
    .Items!.All(p => p.Role == ParticipantRole.Boycotted));
await Check("ExportEventParticipants", () => Csv(client.Events[Congress].ParticipantsCsv.GetAsync(), ""));
await Check("ListEventPositions", async () => (await client.Events[Congress].Positions.GetAsync(c => c.QueryParameters.Rollup = Rollup.Parent))!.Items!.Count > 0);
await Check("ExportEventPositions", () => Csv(client.Events[Congress].PositionsCsv.GetAsync(), "actorId,"));
await Check("ListActors", async () => (await client.Actors.GetAsync(c => { c.QueryParameters.Kind = [ActorKind.State]; c.QueryParameters.Limit = 5; }))!
    .Items!.All(a => a.Kind == ActorKind.State));
await Check("ExportActors", () => Csv(client.ActorsCsv.GetAsync(c => c.QueryParameters.Limit = 5), "id,"));
await Check("GetActor", async () => (await client.Actors["russia"].GetAsync())!.Id == "russia");
await Check("ListActorStances", async () => (await client.Actors["russia"].Stances.GetAsync(c => c.QueryParameters.Limit = 5))!.Items!.Count > 0);
await Check("ExportActorStances", () => Csv(client.Actors["russia"].StancesCsv.GetAsync(c => c.QueryParameters.Limit = 5), "id,"));
await Check("ListActorPositions", async () => (await client.Actors["russia"].Positions.GetAsync())!.Items!.Count > 0);
await Check("ExportActorPositions", () => Csv(client.Actors["russia"].PositionsCsv.GetAsync(), "track,"));
await Check("ListStances", async () => (await client.Stances.GetAsync(c =>
{
    c.QueryParameters.Sort = SortOrder.Minus_date;
    c.QueryParameters.Limit = 10;
    c.QueryParameters.Polarity = -1;
}))!.Items!.All(s => s.Polarity == -1));
await Check("ExportStances", () => Csv(client.StancesCsv.GetAsync(c => c.QueryParameters.Limit = 5), "id,"));
await Check("GetStance", async () => (await client.Stances[stanceId].GetAsync())!.Stance!.Id == stanceId);
await Check("ListTracks", async () => (await client.Tracks.GetAsync())!.Items!.Any(t => t.Id == "sochi"));
await Check("GetTrack", async () => (await client.Tracks["sochi"].GetAsync())!.Track!.Id == "sochi");
await Check("ListTrackPositions", async () => (await client.Tracks["sochi"].Positions.GetAsync(c => c.QueryParameters.Position = [Position.Against]))!
    .Items!.All(p => p.Position == Position.Against));
await Check("ExportTrackPositions", () => Csv(client.Tracks["sochi"].PositionsCsv.GetAsync(), "actorId,"));
await Check("ListSources", async () => (await client.Sources.GetAsync(c => c.QueryParameters.Limit = 5))!.Items!.Count > 0);
await Check("ExportSources", () => Csv(client.SourcesCsv.GetAsync(), "id,"));
await Check("GetSource", async () => (await client.Sources[sourceId].GetAsync())!.Text!.Length > 0);
await Check("ListSourceCitations", async () => (await client.Sources[sourceId].Citations.GetAsync(c => c.QueryParameters.Limit = 5))!.Items!.All(c => c.Length > 0));
await Check("ExportSourceCitations", () => Csv(client.Sources[sourceId].CitationsCsv.GetAsync(), "id,"));
await Check("ListClaims", async () => (await client.Claims.GetAsync(c => c.QueryParameters.Limit = 5))!.Items!.Count > 0);
await Check("ExportClaims", () => Csv(client.ClaimsCsv.GetAsync(), "id,"));
await Check("ListClaimTopics", async () => (await client.Claims.Topics.GetAsync(c => c.QueryParameters.Include = ClaimTopicInclude.Claims))!
    .Items!.All(t => t.Claims!.Count == t.ClaimCount));
await Check("ExportClaimTopics", () => Csv(client.Claims.TopicsCsv.GetAsync(), "slug,"));
await Check("GetClaimTopic", async () => (await client.Claims["syria-war-death-toll"].GetAsync())!.Topic!.Slug == "syria-war-death-toll");
await Check("StanceStats", async () => (await client.Stats.Stances.GetAsync(c => c.QueryParameters.GroupBy = StanceGroupBy.Polarity))!.Items!.Count > 0);
await Check("ExportStanceStats", () => Csv(client.Stats.StancesCsv.GetAsync(c => c.QueryParameters.GroupBy = StanceGroupBy.Kind), ""));
await Check("EventStats", async () => (await client.Stats.Events.GetAsync(c => { c.QueryParameters.Bucket = Period.Month; c.QueryParameters.Track = ["sochi"]; }))!
    .Items!.Count > 0);
await Check("ExportEventStats", () => Csv(client.Stats.EventsCsv.GetAsync(), "period,"));
await Check("GetMeta", async () => (await client.Meta.GetAsync())!.DatasetVersion!.Length > 0);

// A problem is typed, and its detail is the exception's message (x-ms-primary-error-message).
calls++;
try
{
    await client.Events.GetAsync(c => c.QueryParameters.Track = ["soch"]);
    failures++;
    Console.WriteLine("FAIL ListEvents with an unknown track: no 400");
}
catch (HttpValidationProblemDetails problem) when (problem.ResponseStatusCode == 400
    && problem.Message.Contains("nearest", StringComparison.Ordinal) && problem.TraceId!.Length == 32)
{
}

Console.WriteLine($"Kiota: {calls} calls, {failures} failures");
return failures == 0 ? 0 : 1;
