// Calls every operation of the API through openapi-fetch with the types openapi-typescript
// generated from the served document, and checks each status and one field.
//   node openapi-fetch/smoke.js <base url>   (after tsc; tools/clients/check.sh does both)
import createClient from "openapi-fetch";
import type { paths } from "./api.js";

const client = createClient<paths>({ baseUrl: process.argv[2] ?? "http://127.0.0.1:5097" });
let failures = 0;
let calls = 0;

function check(operation: string, status: number, ok: boolean, detail = ""): void {
  calls++;
  if (status !== 200 || !ok) {
    failures++;
    console.log(`FAIL ${operation}: ${status} ${detail}`);
  }
}

const csv = (text: string | undefined, header: string) => (text ?? "").startsWith(header);

const events = await client.GET("/events", { params: { query: { track: ["sochi"], limit: 5, include: "schedules" } } });
check("ListEvents", events.response.status, (events.data?.items.length ?? 0) > 0 && Array.isArray(events.data?.items[0].schedules));
const eventId = events.data!.items[0].id;
const eventsCsv = await client.GET("/events.csv", { params: { query: { track: ["sochi"], limit: 5 } }, parseAs: "text" });
check("ExportEvents", eventsCsv.response.status, csv(eventsCsv.data, "id,"));
const features = await client.GET("/events.geojson", { params: { query: { track: ["sochi"], limit: 5 } } });
check("ListEventFeatures", features.response.status, features.data?.type === "FeatureCollection");
const event = await client.GET("/events/{id}", { params: { path: { id: eventId } } });
check("GetEvent", event.response.status, event.data?.event.id === eventId);
const participants = await client.GET("/events/{id}/participants", { params: { path: { id: "congress-of-syrian-national-dialogue" } } });
check("ListEventParticipants", participants.response.status, (participants.data?.items.length ?? 0) > 0);
const participantsCsv = await client.GET("/events/{id}/participants.csv", { params: { path: { id: "congress-of-syrian-national-dialogue" } }, parseAs: "text" });
check("ExportEventParticipants", participantsCsv.response.status, csv(participantsCsv.data, "eventId,") || csv(participantsCsv.data, "actorId,") || (participantsCsv.data ?? "").length > 0);
const eventPositions = await client.GET("/events/{id}/positions", { params: { path: { id: "congress-of-syrian-national-dialogue" }, query: { rollup: "parent" } } });
check("ListEventPositions", eventPositions.response.status, (eventPositions.data?.items ?? []).every((p) => ["for", "against", "neutral", "mixed"].includes(p.position)));
const eventPositionsCsv = await client.GET("/events/{id}/positions.csv", { params: { path: { id: "congress-of-syrian-national-dialogue" } }, parseAs: "text" });
check("ExportEventPositions", eventPositionsCsv.response.status, csv(eventPositionsCsv.data, "actorId,"));

const actors = await client.GET("/actors", { params: { query: { kind: ["state"], limit: 5 } } });
check("ListActors", actors.response.status, actors.data?.items[0]?.kind === "state");
const actorsCsv = await client.GET("/actors.csv", { params: { query: { limit: 5 } }, parseAs: "text" });
check("ExportActors", actorsCsv.response.status, csv(actorsCsv.data, "id,"));
const actor = await client.GET("/actors/{id}", { params: { path: { id: "russia" } } });
check("GetActor", actor.response.status, actor.data?.id === "russia");
const actorStances = await client.GET("/actors/{id}/stances", { params: { path: { id: "russia" }, query: { limit: 5 } } });
check("ListActorStances", actorStances.response.status, (actorStances.data?.items ?? []).every((s) => typeof s.polarity === "number"));
const actorStancesCsv = await client.GET("/actors/{id}/stances.csv", { params: { path: { id: "russia" }, query: { limit: 5 } }, parseAs: "text" });
check("ExportActorStances", actorStancesCsv.response.status, csv(actorStancesCsv.data, "id,"));
const actorPositions = await client.GET("/actors/{id}/positions", { params: { path: { id: "russia" } } });
check("ListActorPositions", actorPositions.response.status, (actorPositions.data?.items.length ?? 0) > 0);
const actorPositionsCsv = await client.GET("/actors/{id}/positions.csv", { params: { path: { id: "russia" } }, parseAs: "text" });
check("ExportActorPositions", actorPositionsCsv.response.status, csv(actorPositionsCsv.data, "track,"));

const stances = await client.GET("/stances", { params: { query: { sort: "-date", limit: 10, polarity: -1 } } });
check("ListStances", stances.response.status, (stances.data?.items ?? []).every((s) => s.polarity === -1 && typeof s.statedOn === "string"));
const stanceId = stances.data!.items[0].id;
const stancesCsv = await client.GET("/stances.csv", { params: { query: { limit: 5 } }, parseAs: "text" });
check("ExportStances", stancesCsv.response.status, csv(stancesCsv.data, "id,"));
const stance = await client.GET("/stances/{id}", { params: { path: { id: stanceId } } });
check("GetStance", stance.response.status, stance.data?.stance.id === stanceId);

const tracks = await client.GET("/tracks");
check("ListTracks", tracks.response.status, (tracks.data?.items ?? []).some((t) => t.id === "sochi"));
const track = await client.GET("/tracks/{id}", { params: { path: { id: "sochi" } } });
check("GetTrack", track.response.status, track.data?.track.id === "sochi");
const trackPositions = await client.GET("/tracks/{id}/positions", { params: { path: { id: "sochi" }, query: { position: ["against"] } } });
check("ListTrackPositions", trackPositions.response.status, (trackPositions.data?.items ?? []).every((p) => p.position === "against"));
const trackPositionsCsv = await client.GET("/tracks/{id}/positions.csv", { params: { path: { id: "sochi" } }, parseAs: "text" });
check("ExportTrackPositions", trackPositionsCsv.response.status, csv(trackPositionsCsv.data, "actorId,"));

const sources = await client.GET("/sources", { params: { query: { limit: 5 } } });
check("ListSources", sources.response.status, (sources.data?.items.length ?? 0) > 0);
const sourceId = sources.data!.items[0].id;
const sourcesCsv = await client.GET("/sources.csv", { parseAs: "text" });
check("ExportSources", sourcesCsv.response.status, csv(sourcesCsv.data, "id,"));
const source = await client.GET("/sources/{id}", { params: { path: { id: sourceId } } });
check("GetSource", source.response.status, (source.data?.text.length ?? 0) > 0);
const citations = await client.GET("/sources/{id}/citations", { params: { path: { id: sourceId }, query: { limit: 5 } } });
check("ListSourceCitations", citations.response.status, (citations.data?.items ?? []).every((c) => c.length > 0));
const citationsCsv = await client.GET("/sources/{id}/citations.csv", { params: { path: { id: sourceId } }, parseAs: "text" });
check("ExportSourceCitations", citationsCsv.response.status, csv(citationsCsv.data, "id,"));

const claims = await client.GET("/claims", { params: { query: { limit: 5 } } });
check("ListClaims", claims.response.status, (claims.data?.items.length ?? 0) > 0);
const claimsCsv = await client.GET("/claims.csv", { parseAs: "text" });
check("ExportClaims", claimsCsv.response.status, csv(claimsCsv.data, "id,"));
const topics = await client.GET("/claims/topics", { params: { query: { include: "claims" } } });
check("ListClaimTopics", topics.response.status, (topics.data?.items ?? []).every((t) => (t.claims ?? []).length === t.claimCount));
const topicsCsv = await client.GET("/claims/topics.csv", { parseAs: "text" });
check("ExportClaimTopics", topicsCsv.response.status, csv(topicsCsv.data, "slug,"));
const topic = await client.GET("/claims/{topic}", { params: { path: { topic: "syria-war-death-toll" } } });
check("GetClaimTopic", topic.response.status, topic.data?.topic.slug === "syria-war-death-toll");

const stanceStats = await client.GET("/stats/stances", { params: { query: { groupBy: "polarity" } } });
check("StanceStats", stanceStats.response.status, (stanceStats.data?.items.length ?? 0) > 0);
const stanceStatsCsv = await client.GET("/stats/stances.csv", { params: { query: { groupBy: "kind" } }, parseAs: "text" });
check("ExportStanceStats", stanceStatsCsv.response.status, (stanceStatsCsv.data ?? "").length > 0);
const eventStats = await client.GET("/stats/events", { params: { query: { bucket: "month", track: ["sochi"] } } });
check("EventStats", eventStats.response.status, (eventStats.data?.items ?? []).every((row) => typeof row.count === "number"));
const eventStatsCsv = await client.GET("/stats/events.csv", { parseAs: "text" });
check("ExportEventStats", eventStatsCsv.response.status, csv(eventStatsCsv.data, "period,"));

const meta = await client.GET("/meta");
check("GetMeta", meta.response.status, (meta.data?.datasetVersion.length ?? 0) > 0);

// A problem is typed: the 400's detail and traceId.
const bad = await client.GET("/events", { params: { query: { track: ["soch"] } } });
calls++;
if (bad.response.status !== 400 || !bad.error?.detail?.includes("nearest") || bad.error.traceId.length !== 32) {
  failures++;
  console.log(`FAIL ListEvents with an unknown track: ${bad.response.status}`);
}

console.log(`openapi-fetch: ${calls} calls, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
