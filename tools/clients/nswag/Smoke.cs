// Calls every operation of the API through the NSwag client generated from the served document,
// checking each status (NSwag throws ApiException on any other) and one typed field.
//   dotnet run --project tools/clients/nswag -- <base url>
using ConflictEventsApi.Clients.NSwag;

var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5097";
using var http = new HttpClient();
var client = new ApiClient(http) { BaseUrl = baseUrl };
var failures = 0;
var calls = 0;

async Task Check(string operation, Func<Task<bool>> call)
{
    calls++;
    try
    {
        if (!await call()) { failures++; Console.WriteLine($"FAIL {operation}: unexpected content"); }
    }
    catch (Exception e) when (e is ApiException or HttpRequestException or System.Text.Json.JsonException)
    {
        failures++;
        Console.WriteLine($"FAIL {operation}: {e.GetType().Name}: {e.Message.Split((char)10)[0]} {e.InnerException?.Message}");
    }
}

static bool Csv(string text, string header) => text.StartsWith(header, StringComparison.Ordinal);

static async Task<string> Text(FileResponse file)
{
    using (file)
    using (var reader = new StreamReader(file.Stream))
        return await reader.ReadToEndAsync();
}

const string Congress = "congress-of-syrian-national-dialogue";
var eventId = (await client.ListEventsAsync(track: ["sochi"], limit: 1)).Items.First().Id;
var stanceId = (await client.ListStancesAsync(limit: 1)).Items.First().Id;
var sourceId = (await client.ListSourcesAsync(limit: 1)).Items.First().Id;

await Check("ListEvents", async () => (await client.ListEventsAsync(track: ["sochi"], limit: 5, include: EventInclude.Schedules)).Items.All(e => e.Schedules is not null));
await Check("ExportEvents", async () => Csv(await Text(await client.ExportEventsAsync(track: ["sochi"], limit: 5)), "id,"));
await Check("ListEventFeatures", async () => (await client.ListEventFeaturesAsync(track: ["sochi"], limit: 5)).Type == "FeatureCollection");
await Check("GetEvent", async () => (await client.GetEventAsync(eventId)).Event.Id == eventId);
await Check("ListEventParticipants", async () => (await client.ListEventParticipantsAsync(Congress, role: [ParticipantRole.Boycotted])).Items.All(p => p.Role == ParticipantRole.Boycotted));
await Check("ExportEventParticipants", async () => (await Text(await client.ExportEventParticipantsAsync(Congress))).Length > 0);
await Check("ListEventPositions", async () => (await client.ListEventPositionsAsync(Congress, rollup: Rollup.Parent)).Items.Count > 0);
await Check("ExportEventPositions", async () => Csv(await Text(await client.ExportEventPositionsAsync(Congress)), "actorId,"));
await Check("ListActors", async () => (await client.ListActorsAsync(kind: [ActorKind.State], limit: 5)).Items.All(a => a.Kind == ActorKind.State));
await Check("ExportActors", async () => Csv(await Text(await client.ExportActorsAsync(limit: 5)), "id,"));
await Check("GetActor", async () => (await client.GetActorAsync("russia")).Id == "russia");
await Check("ListActorStances", async () => (await client.ListActorStancesAsync("russia", limit: 5)).Items.Count > 0);
await Check("ExportActorStances", async () => Csv(await Text(await client.ExportActorStancesAsync("russia", limit: 5)), "id,"));
await Check("ListActorPositions", async () => (await client.ListActorPositionsAsync("russia")).Items.Count > 0);
await Check("ExportActorPositions", async () => Csv(await Text(await client.ExportActorPositionsAsync("russia")), "track,"));
await Check("ListStances", async () => (await client.ListStancesAsync(sort: SortOrder.Minusdate, limit: 10, polarity: Polarity._1)).Items.All(s => s.Polarity == Polarity._1));
await Check("ExportStances", async () => Csv(await Text(await client.ExportStancesAsync(limit: 5)), "id,"));
await Check("GetStance", async () => (await client.GetStanceAsync(stanceId)).Stance.Id == stanceId);
await Check("ListTracks", async () => (await client.ListTracksAsync()).Items.Any(t => t.Id == "sochi"));
await Check("GetTrack", async () => (await client.GetTrackAsync("sochi")).Track.Id == "sochi");
await Check("ListTrackPositions", async () => (await client.ListTrackPositionsAsync("sochi", position: [Position.Against])).Items.All(p => p.Position == Position.Against));
await Check("ExportTrackPositions", async () => Csv(await Text(await client.ExportTrackPositionsAsync("sochi")), "actorId,"));
await Check("ListSources", async () => (await client.ListSourcesAsync(limit: 5)).Items.Count > 0);
await Check("ExportSources", async () => Csv(await Text(await client.ExportSourcesAsync()), "id,"));
await Check("GetSource", async () => (await client.GetSourceAsync(sourceId)).Text.Length > 0);
await Check("ListSourceCitations", async () => (await client.ListSourceCitationsAsync(sourceId, limit: 5)).Items.All(c => c.Length > 0));
await Check("ExportSourceCitations", async () => Csv(await Text(await client.ExportSourceCitationsAsync(sourceId)), "id,"));
await Check("ListClaims", async () => (await client.ListClaimsAsync(limit: 5)).Items.Count > 0);
await Check("ExportClaims", async () => Csv(await Text(await client.ExportClaimsAsync()), "id,"));
await Check("ListClaimTopics", async () => (await client.ListClaimTopicsAsync(include: ClaimTopicInclude.Claims)).Items.All(t => t.Claims!.Count == t.ClaimCount));
await Check("ExportClaimTopics", async () => Csv(await Text(await client.ExportClaimTopicsAsync()), "slug,"));
await Check("GetClaimTopic", async () => (await client.GetClaimTopicAsync("syria-war-death-toll")).Topic.Slug == "syria-war-death-toll");
await Check("StanceStats", async () => (await client.StanceStatsAsync(groupBy: StanceGroupBy.Polarity)).Items.Count > 0);
await Check("ExportStanceStats", async () => (await Text(await client.ExportStanceStatsAsync(groupBy: StanceGroupBy.Kind))).Length > 0);
await Check("EventStats", async () => (await client.EventStatsAsync(bucket: Period.Month, track: ["sochi"])).Items.Count > 0);
await Check("ExportEventStats", async () => Csv(await Text(await client.ExportEventStatsAsync()), "period,"));
await Check("GetMeta", async () => (await client.GetMetaAsync()).DatasetVersion.Length > 0);

// A problem is typed: the 400's detail and traceId.
calls++;
try
{
    await client.ListEventsAsync(track: ["soch"]);
    failures++;
    Console.WriteLine("FAIL ListEvents with an unknown track: no 400");
}
catch (ApiException<HttpValidationProblemDetails> problem) when (problem.StatusCode == 400
    && problem.Result.Detail!.Contains("nearest", StringComparison.Ordinal) && problem.Result.TraceId.Length == 32)
{
}

Console.WriteLine($"NSwag: {calls} calls, {failures} failures");
return failures == 0 ? 0 : 1;
