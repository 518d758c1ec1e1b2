// The page's state lives in its address (the query string), so any view can be shared and Back works.
const defaults = { track: "sochi", target: "", rollup: "", topic: "", fact: "", quote: "", q: "", from: "", to: "", kind: "", status: "", actor: "" };

/** The keys that narrow the events (timeline, map, search): the filter form. */
export const filterKeys = ["q", "from", "to", "kind", "status", "actor"];

/** The current state: the address's query string over the defaults. */
export function state() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(Object.keys(defaults).map((key) => [key, params.get(key) ?? defaults[key]]));
}

/** An address for the current state with some keys changed (the links in charts, tables and lists). */
export function href(changes) {
  const next = { ...state(), ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) if (value && value !== defaults[key]) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : location.pathname;
}

/** The events filters of a state as API parameters (GET /events takes them all). */
export const eventFilters = (s) => ({ kind: s.kind, status: s.status, from: s.from, to: s.to, actor: s.actor });
