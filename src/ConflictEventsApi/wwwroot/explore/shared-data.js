// Lists several panels read, fetched once per page (not per panel, not per item): a track's events,
// the sources (to name articles in curators' notes), every event's title (an actor's stances reach
// other tracks), the actors' names, the disputed-figure topics. Each is one request; every panel that reads it still lists it; a failed one is
// forgotten so the next view asks again.
import { getAll, query, showRequest } from "./api.js";

const cache = new Map();
function once(panel, path) {
  if (cache.has(path)) {
    if (panel) showRequest(panel, path);
  } else {
    cache.set(path, getAll(panel, path).catch((error) => { cache.delete(path); throw error; }));
  }
  return cache.get(path);
}

/** The path of a track's events with their dated plans (include=schedules), oldest first. */
export const trackEventsPath = (track, filters = {}) => `/events${query({ track, ...filters, include: "schedules", limit: 500 })}`;
export const trackEvents = (panel, track, filters = {}) => once(panel, trackEventsPath(track, filters));
export const sources = (panel) => once(panel, "/sources?limit=500");
export const allEvents = (panel) => once(panel, "/events?limit=500");
export const actors = (panel) => once(panel, "/actors?limit=500");
/** Every disputed-figure topic with every source's figure and quotes (include=claims). */
export const claimTopics = (panel) => once(panel, "/claims/topics?include=claims");
