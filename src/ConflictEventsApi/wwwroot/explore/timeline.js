// Timeline: a track's events by date (filtered as the address says), date precision as shape,
// status as colour, earlier plans drawn with an arrow to the date that replaced them.
import { clearRequests, offerCsv } from "./api.js";
import { trackEvents, trackEventsPath } from "./shared-data.js";
import { href, eventFilters } from "./state.js";
import { chart, legend, apart, table, labelledRows, dateAxis, widthOf, linkOf } from "./charts.js";
import { words, dateText, rangeText } from "./words.js";

const { Plot } = globalThis;
export const statusColours = { planned: "#2166ac", ongoing: "#e08214", held: "#1b7837", postponed: "#b2182b", rescheduled: "#c51b7d", cancelled: "#4d4d4d" };
export const day = (text) => (text ? new Date(`${text}T00:00:00Z`) : null);
export const eventLink = (id) => href({ fact: `event:${id}`, quote: "" });

export async function drawTimeline(panel, state, signal) {
  clearRequests(panel);
  const filters = eventFilters(state);
  const events = await trackEvents(panel, state.track, filters);
  signal?.throwIfAborted(); // a newer view replaced this one while the list loaded
  offerCsv(panel, trackEventsPath(state.track, filters), `events-${state.track}`);
  const rows = events.map((e) => ({ ...e, start: day(e.startDate), end: day(e.endDate ?? e.startDate) }));
  // Date order is reading order and the keyboard's order (the marks are links, tabbed in DOM order).
  const dated = rows.filter((e) => e.start).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const row = new Map(dated.map((e, i) => [e.id, i]));
  const plans = rows.flatMap((e) => (e.schedules ?? [])
    .filter((plan) => plan.startDate && plan.startDate !== e.startDate)
    .map((plan) => ({ ...plan, id: e.id, from: day(plan.startDate), to: e.start })));
  const planned = plans.filter((plan) => row.has(plan.id));

  const shown = Object.keys(statusColours).filter((s) => dated.some((e) => e.status === s));
  const precise = dated.some((e) => e.datePrecision === "day");
  const vague = dated.some((e) => e.datePrecision !== "day");
  legend(panel, "Status", shown.map((s) => [s, statusColours[s]]), [
    precise ? "● date known to the day" : "", vague ? "◆ approximate, week or month (said in the label)" : "", planned.length ? "× an earlier plan, → to the date that replaced it" : "",
  ].filter(Boolean));

  const width = widthOf(panel);
  // The precision is said in the label, where nothing can push it off the chart's edge.
  const layout = labelledRows(dated, (e) => (e.datePrecision === "day" ? e.title : `${e.title} (${words(e.datePrecision)} date)`), width);
  const svg = dated.length === 0 ? null : Plot.plot({
    width, height: layout.height, ...layout.margins,
    x: dateAxis([...dated.flatMap((e) => [e.start, e.end]), ...planned.map((p) => p.from)], width), y: layout.y,
    color: { domain: shown, range: shown.map((s) => statusColours[s]) },
    symbol: { domain: ["day", "vague"], range: ["circle", "diamond"] },
    marks: [
      ...layout.marks,
      Plot.ruleY(dated, { y: (e) => row.get(e.id), x1: "start", x2: (e) => new Date(+e.end + 864e5), stroke: "status", strokeWidth: 7, strokeOpacity: 0.3 }),
      Plot.arrow(planned, { x1: "from", x2: "to", y1: (p) => row.get(p.id), y2: (p) => row.get(p.id), stroke: "#555", bend: 20, inset: 8, headLength: 7 }),
      Plot.dot(planned, { x: "from", y: (p) => row.get(p.id), symbol: "times", stroke: "#555", r: 5, strokeWidth: 2 }),
      Plot.dot(dated, { x: "start", y: (e) => row.get(e.id), r: 6, symbol: (e) => (e.datePrecision === "day" ? "day" : "vague"), fill: "status", stroke: "status", strokeWidth: 2,
        href: (e) => eventLink(e.id), ariaLabel: (e) => `${e.title}: ${rangeText(e.startDate, e.endDate, e.datePrecision)}, ${e.status}`,
        title: (e) => `${e.title}\n${rangeText(e.startDate, e.endDate, e.datePrecision)}\n${e.status}${e.place ? ` · ${e.place}` : ""}` }),
    ],
  });
  const byLink = new Map(dated.map((e) => [eventLink(e.id), e]));
  for (const a of svg?.querySelectorAll("a") ?? []) Object.assign(a.dataset, { date: byLink.get(linkOf(a))?.startDate ?? "", event: byLink.get(linkOf(a))?.id ?? "" });
  chart(panel, svg, `Timeline of the ${state.track} track: ${dated.length} dated events`, "No dated event matches.");
  apart(panel, "Undated (not placed on the timeline)", rows.filter((e) => !e.start).map((e) => [e.title, eventLink(e.id)]));
  table(panel, ["event", "dates", "precision", "status", "kind", "place", "earlier plans"], rows.map((e) => ({
    data: { status: e.status, event: e.id },
    cells: [[e.title, eventLink(e.id)], e.startDate ? rangeText(e.startDate, e.endDate) : "undated", words(e.datePrecision), e.status, words(e.kind), e.place ?? "",
      plans.filter((p) => p.id === e.id).map((p) => `${dateText(p.startDate, p.datePrecision)} (announced ${dateText(p.announcedOn)})`).join("; ")],
  })), `${rows.length} events${Object.values(eventFilters(state)).some(Boolean) ? " matching the filters" : ""}`);
}
