// Calls every operation of the API through the SDK @hey-api/openapi-ts generated from the served
// document (its fetch client), and checks each status and one field.
//   node build/hey-api/smoke.js <base url>   (after tsc; tools/clients/check.sh does both)
import { client } from "./generated/client.gen.js";
import * as api from "./generated/sdk.gen.js";

client.setConfig({ baseUrl: process.argv[2] ?? "http://127.0.0.1:5097" });
let failures = 0;
let calls = 0;

function check(operation: string, status: number | undefined, ok: boolean): void {
  calls++;
  if (status !== 200 || !ok) {
    failures++;
    console.log(`FAIL ${operation}: ${status}`);
  }
}

// A CSV body is a file (Blob); asked for as one, it is read as text here.
async function csv(result: { data?: Blob | File; response: Response }, header: string): Promise<boolean> {
  return result.data !== undefined && (await result.data.text()).startsWith(header);
}

const congress = "congress-of-syrian-national-dialogue";
const blob = { parseAs: "blob" } as const;

const events = await api.listEvents({ query: { track: ["sochi"], limit: 5, include: "schedules" } });
check("ListEvents", events.response.status, (events.data?.items ?? []).every((e) => Array.isArray(e.schedules)));
const eventId = events.data!.items[0].id;
const eventsCsv = await api.exportEvents({ query: { track: ["sochi"], limit: 5 }, ...blob });
check("ExportEvents", eventsCsv.response.status, await csv(eventsCsv, "id,"));
const features = await api.listEventFeatures({ query: { limit: 5 } });
check("ListEventFeatures", features.response.status, features.data?.type === "FeatureCollection");
const event = await api.getEvent({ path: { id: eventId } });
check("GetEvent", event.response.status, event.data?.event.id === eventId);
const participants = await api.listEventParticipants({ path: { id: congress }, query: { role: ["boycotted"] } });
check("ListEventParticipants", participants.response.status, (participants.data?.items ?? []).every((p) => p.role === "boycotted"));
const participantsCsv = await api.exportEventParticipants({ path: { id: congress }, ...blob });
check("ExportEventParticipants", participantsCsv.response.status, await csv(participantsCsv, ""));
const eventPositions = await api.listEventPositions({ path: { id: congress }, query: { rollup: "parent" } });
check("ListEventPositions", eventPositions.response.status, (eventPositions.data?.items.length ?? 0) > 0);
const eventPositionsCsv = await api.exportEventPositions({ path: { id: congress }, ...blob });
check("ExportEventPositions", eventPositionsCsv.response.status, await csv(eventPositionsCsv, "actorId,"));

const actors = await api.listActors({ query: { kind: ["state"], limit: 5 } });
check("ListActors", actors.response.status, (actors.data?.items ?? []).every((a) => a.kind === "state"));
const actorsCsv = await api.exportActors({ query: { limit: 5 }, ...blob });
check("ExportActors", actorsCsv.response.status, await csv(actorsCsv, "id,"));
const actor = await api.getActor({ path: { id: "russia" } });
check("GetActor", actor.response.status, actor.data?.id === "russia");
const actorStances = await api.listActorStances({ path: { id: "russia" }, query: { limit: 5 } });
check("ListActorStances", actorStances.response.status, (actorStances.data?.items.length ?? 0) > 0);
const actorStancesCsv = await api.exportActorStances({ path: { id: "russia" }, query: { limit: 5 }, ...blob });
check("ExportActorStances", actorStancesCsv.response.status, await csv(actorStancesCsv, "id,"));
const actorPositions = await api.listActorPositions({ path: { id: "russia" } });
check("ListActorPositions", actorPositions.response.status, (actorPositions.data?.items.length ?? 0) > 0);
const actorPositionsCsv = await api.exportActorPositions({ path: { id: "russia" }, ...blob });
check("ExportActorPositions", actorPositionsCsv.response.status, await csv(actorPositionsCsv, "track,"));

const stances = await api.listStances({ query: { sort: "-date", limit: 10, polarity: -1 } });
check("ListStances", stances.response.status, (stances.data?.items ?? []).every((s) => s.polarity === -1));
const stanceId = stances.data!.items[0].id;
const stancesCsv = await api.exportStances({ query: { limit: 5 }, ...blob });
check("ExportStances", stancesCsv.response.status, await csv(stancesCsv, "id,"));
const stance = await api.getStance({ path: { id: stanceId } });
check("GetStance", stance.response.status, stance.data?.stance.id === stanceId);

const tracks = await api.listTracks();
check("ListTracks", tracks.response.status, (tracks.data?.items ?? []).some((t) => t.id === "sochi"));
const track = await api.getTrack({ path: { id: "sochi" } });
check("GetTrack", track.response.status, track.data?.track.id === "sochi");
const trackPositions = await api.listTrackPositions({ path: { id: "sochi" }, query: { position: ["against"] } });
check("ListTrackPositions", trackPositions.response.status, (trackPositions.data?.items ?? []).every((p) => p.position === "against"));
const trackPositionsCsv = await api.exportTrackPositions({ path: { id: "sochi" }, ...blob });
check("ExportTrackPositions", trackPositionsCsv.response.status, await csv(trackPositionsCsv, "actorId,"));

const sources = await api.listSources({ query: { limit: 5 } });
check("ListSources", sources.response.status, (sources.data?.items.length ?? 0) > 0);
const sourceId = sources.data!.items[0].id;
const sourcesCsv = await api.exportSources({ ...blob });
check("ExportSources", sourcesCsv.response.status, await csv(sourcesCsv, "id,"));
const source = await api.getSource({ path: { id: sourceId } });
check("GetSource", source.response.status, (source.data?.text.length ?? 0) > 0);
const citations = await api.listSourceCitations({ path: { id: sourceId }, query: { limit: 5 } });
check("ListSourceCitations", citations.response.status, (citations.data?.items ?? []).every((c) => c.length > 0));
const citationsCsv = await api.exportSourceCitations({ path: { id: sourceId }, ...blob });
check("ExportSourceCitations", citationsCsv.response.status, await csv(citationsCsv, "id,"));

const claims = await api.listClaims({ query: { limit: 5 } });
check("ListClaims", claims.response.status, (claims.data?.items.length ?? 0) > 0);
const claimsCsv = await api.exportClaims({ ...blob });
check("ExportClaims", claimsCsv.response.status, await csv(claimsCsv, "id,"));
const topics = await api.listClaimTopics({ query: { include: "claims" } });
check("ListClaimTopics", topics.response.status, (topics.data?.items ?? []).every((t) => (t.claims ?? []).length === t.claimCount));
const topicsCsv = await api.exportClaimTopics({ ...blob });
check("ExportClaimTopics", topicsCsv.response.status, await csv(topicsCsv, "slug,"));
const topic = await api.getClaimTopic({ path: { topic: "syria-war-death-toll" } });
check("GetClaimTopic", topic.response.status, topic.data?.topic.slug === "syria-war-death-toll");

const stanceStats = await api.stanceStats({ query: { groupBy: "polarity" } });
check("StanceStats", stanceStats.response.status, (stanceStats.data?.items.length ?? 0) > 0);
const stanceStatsCsv = await api.exportStanceStats({ query: { groupBy: "kind" }, ...blob });
check("ExportStanceStats", stanceStatsCsv.response.status, await csv(stanceStatsCsv, ""));
const eventStats = await api.eventStats({ query: { bucket: "month", track: ["sochi"] } });
check("EventStats", eventStats.response.status, (eventStats.data?.items.length ?? 0) > 0);
const eventStatsCsv = await api.exportEventStats({ ...blob });
check("ExportEventStats", eventStatsCsv.response.status, await csv(eventStatsCsv, "period,"));

const meta = await api.getMeta();
check("GetMeta", meta.response.status, (meta.data?.datasetVersion.length ?? 0) > 0);

// A problem is typed: the 400's detail and traceId.
const bad = await api.listEvents({ query: { track: ["soch"] } });
calls++;
if (bad.response.status !== 400 || !bad.error?.detail?.includes("nearest") || bad.error.traceId.length !== 32) {
  failures++;
  console.log(`FAIL ListEvents with an unknown track: ${bad.response.status}`);
}

console.log(`hey-api: ${calls} calls, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
