// The four charts. Each panel: its requests, a chart (Observable Plot), and the same data as a table.
import { get, clearRequests, query } from "./api.js";
import { href } from "./state.js";

const { Plot, topojson } = globalThis;
const statuses = { domain: ["planned", "ongoing", "held", "postponed", "rescheduled", "cancelled"], range: ["#4575b4", "#fdae61", "#1a9850", "#d73027", "#f46d43", "#636363"] };
const positions = { domain: ["for", "against", "neutral", "mixed"], range: ["#1a9850", "#d73027", "#8c8c8c", "#8e5ec2"] };
const day = (text) => (text ? new Date(`${text}T00:00:00Z`) : null);
const short = (text, n = 52) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
const eventLink = (id) => href({ fact: `event:${id}`, quote: "" });

/** Timeline: a track's events by date, precision visible, coloured by status, moved plans drawn. */
export async function drawTimeline(panel, state) {
  clearRequests(panel);
  // include=schedules: every dated plan of each event comes with the list, in one request.
  const events = (await get(panel, `/events${query({ track: state.track, limit: 500, include: "schedules" })}`)).items;
  const details = events.map((event) => ({ event, schedules: event.schedules ?? [] }));
  const rows = events.map((e) => ({ ...e, label: short(e.title), start: day(e.startDate), end: day(e.endDate ?? e.startDate) }));
  const dated = rows.filter((e) => e.start);
  const plans = details.flatMap(({ event, schedules }) => schedules
    .filter((plan) => plan.startDate && plan.startDate !== event.startDate)
    .map((plan) => ({ ...plan, label: short(event.title), id: event.id, from: day(plan.startDate), to: day(event.startDate) })));
  const planned = plans.filter((plan) => dated.some((e) => e.id === plan.id));

  legend(panel, statuses, "status", [["●", "exact day"], ["◇", "approximate, week, month or year (named beside it)"], ["×", "an earlier plan"]]);
  chart(panel, dated.length === 0 ? null : Plot.plot({
    width: widthOf(panel), height: 50 + 24 * dated.length, marginLeft: 300, marginRight: 110,
    x: { type: "utc", label: "date", grid: true }, y: { type: "point", label: null, padding: 0.6, domain: dated.map((e) => e.label) },
    color: statuses,
    marks: [
      Plot.ruleY(dated, { y: "label", x1: "start", x2: (e) => new Date(+e.end + 864e5), stroke: "status", strokeWidth: 7, strokeOpacity: 0.35 }),
      Plot.arrow(planned, { x1: "from", x2: "to", y1: "label", y2: "label", stroke: "#777", bend: 20, inset: 6, headLength: 6 }),
      Plot.dot(planned, { x: "from", y: "label", symbol: "times", stroke: "#555", r: 4, title: (p) => `earlier plan: ${p.startDate} (announced ${p.announcedOn ?? "?"})` }),
      ...[["circle", (e) => e.datePrecision === "day", 1], ["diamond", (e) => e.datePrecision !== "day", 0.15]].map(([symbol, which, fillOpacity]) =>
        Plot.dot(dated.filter(which), { x: "start", y: "label", r: 5, symbol, fill: "status", fillOpacity, stroke: "status", strokeWidth: 2,
          href: (e) => eventLink(e.id), ariaLabel: (e) => `${e.title}: ${e.startDate}, ${e.datePrecision}, ${e.status}`,
          title: (e) => `${e.title}\n${e.startDate}${e.endDate && e.endDate !== e.startDate ? ` to ${e.endDate}` : ""} (${e.datePrecision})\n${e.status}` })),
      Plot.text(dated.filter((e) => e.datePrecision !== "day"), { x: "end", y: "label", text: (e) => (e.datePrecision === "approximate" ? "≈ approximate" : `a ${e.datePrecision}`), textAnchor: "start", dx: 10, fill: "#555" }),
    ],
  }));
  apart(panel, "Undated (not placed on the timeline)", rows.filter((e) => !e.start).map((e) => [e.title, eventLink(e.id)]));
  table(panel, ["event", "start", "end", "precision", "status", "place", "earlier plans"], rows.map((e) => [
    [e.title, eventLink(e.id)], e.startDate ?? "undated", e.endDate ?? "", e.datePrecision ?? "", e.status, e.place ?? "",
    plans.filter((p) => p.id === e.id).map((p) => `${p.startDate} (announced ${p.announcedOn ?? "?"})`).join("; "),
  ]));
}

/** Positions: each actor's position toward the track or one of its events, with the roll-up toggle. */
export async function drawPositions(panel, state, targetSelect) {
  clearRequests(panel);
  const events = (await get(panel, `/events${query({ track: state.track, limit: 500 })}`)).items;
  targetSelect.replaceChildren(new Option(`the whole track (${state.track})`, ""), ...events.map((e) => new Option(short(e.title, 70), e.id)));
  targetSelect.value = state.target;
  const items = (await get(panel, positionsPath(state))).items;
  const rows = items.map((p) => ({ ...p, date: day(p.lastStatedOn ?? p.firstStatedOn), link: href({ fact: `position:${p.actorId}`, quote: "" }) }))
    .sort((a, b) => positions.domain.indexOf(a.position) - positions.domain.indexOf(b.position) || (a.date ?? 0) - (b.date ?? 0));
  const counts = positions.domain.map((p) => `${p} ${items.filter((i) => i.position === p).length}`).join(" · ");
  legend(panel, positions, "position", [], `${items.length} actors: ${counts}`);
  const placed = rows.filter((p) => p.date);
  chart(panel, placed.length === 0 ? null : Plot.plot({
    width: widthOf(panel), height: 50 + 22 * placed.length, marginLeft: 300,
    x: { type: "utc", label: null, grid: true }, y: { type: "point", label: null, padding: 0.6, domain: placed.map((p) => short(p.actorName)) },
    color: positions,
    marks: [Plot.dot(placed, { x: "date", y: (p) => short(p.actorName), fill: "position", r: 6, href: "link",
      ariaLabel: (p) => `${p.actorName}: ${p.position} (${p.lastStatedOn ?? "undated"})`, title: (p) => `${p.actorName}: ${p.position}\n${p.stanceIds.length} stance(s), last ${p.lastStatedOn}` })],
  }));
  table(panel, ["actor", "position", "first stated", "last stated", "stances", "roles"], rows.map((p) => [
    [p.actorName, p.link], p.position, p.firstStatedOn ?? "", p.lastStatedOn ?? "", p.stanceIds.length, p.roles.map((r) => `${r.role} (${r.eventId})`).join("; "),
  ]));
}

export function positionsPath(state) {
  const target = state.target ? `/events/${encodeURIComponent(state.target)}` : `/tracks/${encodeURIComponent(state.track)}`;
  return `${target}/positions${query({ rollup: state.rollup })}`;
}

let world;

/** Map: located events on an offline basemap; the others listed beside it. */
export async function drawMap(panel, state) {
  clearRequests(panel);
  const geo = await get(panel, `/events.geojson${query({ track: state.track, limit: 500 })}`);
  world ??= fetch("vendor/countries-110m.json").then((r) => r.json()).then((w) => topojson.feature(w, w.objects.countries));
  const countries = await world;
  const located = geo.features.filter((f) => f.geometry);
  const xs = located.map((f) => f.geometry.coordinates[0]);
  const ys = located.map((f) => f.geometry.coordinates[1]);
  const domain = located.length === 0 ? { type: "Sphere" }
    : { type: "MultiPoint", coordinates: [[Math.min(...xs) - 12, Math.min(...ys) - 8], [Math.max(...xs) + 12, Math.max(...ys) + 8]] };
  const places = [...new Map(located.map((f) => [f.properties.place, f])).values()];
  chart(panel, Plot.plot({
    width: 620, height: 420, projection: { type: "mercator", domain }, color: statuses,
    marks: [
      Plot.geo(countries, { fill: "#eee", stroke: "#aaa", strokeWidth: 0.5 }),
      Plot.dot(located, Plot.dodgeY({ x: (f) => f.geometry.coordinates[0], y: (f) => f.geometry.coordinates[1], anchor: "middle", r: 6, fill: (f) => f.properties.status, stroke: "white",
        href: (f) => eventLink(f.properties.id), ariaLabel: (f) => `${f.properties.title}, ${f.properties.place}`, title: (f) => `${f.properties.title}\n${f.properties.place} · ${f.properties.startDate ?? "undated"}` })),
      Plot.text(places, { x: (f) => f.geometry.coordinates[0], y: (f) => f.geometry.coordinates[1], text: (f) => f.properties.place, dy: -16, fontWeight: "bold" }),
    ],
  }));
  const unplaced = geo.features.filter((f) => !f.geometry || !f.properties.startDate);
  apart(panel, "Not on the map (no coordinates) or undated", unplaced.map((f) => [
    `${f.properties.title} — ${f.geometry ? "" : "no location"}${!f.geometry && !f.properties.startDate ? ", " : ""}${f.properties.startDate ? "" : "undated"}`, eventLink(f.properties.id)]));
  table(panel, ["event", "place", "country", "latitude", "longitude", "date"], geo.features.map(({ properties: p }) => [
    [p.title, eventLink(p.id)], p.place ?? "", p.countryCode ?? "", p.latitude ?? "", p.longitude ?? "", p.startDate ?? "undated",
  ]));
}

/** Disputed figures: every source's value on one topic, side by side. */
export async function drawClaims(panel, state, topicSelect) {
  clearRequests(panel);
  // include=claims: every topic with every source's figure and quotes, in one request.
  const topics = (await get(panel, "/claims/topics?include=claims")).items;
  topicSelect.replaceChildren(...topics.map((t) => new Option(`${t.title}${t.disagree ? " (sources disagree)" : ""}`, t.slug)));
  const slug = state.topic || (topics.find((t) => t.disagree) ?? topics[0])?.slug;
  if (!slug) return;
  topicSelect.value = slug;
  const topic = topics.find((t) => t.slug === slug);
  if (!topic) return;
  const claims = topic.claims ?? [];
  const rows = claims.map((c) => ({ ...c, by: `${c.source.outlet} (${c.source.publishedOn ?? "undated"})`,
    date: /^\d{4}-\d{2}-\d{2}/.test(c.valueText) ? day(c.valueText.slice(0, 10)) : null,
    link: href({ fact: `claim:${slug}:${c.id}`, quote: "" }) }));
  // Numbers on a linear axis, else dates on a time axis; figures in words stay in the table only.
  const numeric = rows.some((c) => c.valueNumeric !== null);
  const drawn = rows.filter((c) => (numeric ? c.valueNumeric !== null : c.date));
  const words = rows.filter((c) => !drawn.includes(c)).map((c) => `${c.by}: “${c.valueText}”`);
  chart(panel, drawn.length === 0 ? null : Plot.plot({
    width: widthOf(panel), height: 60 + 30 * drawn.length, marginLeft: 260, marginRight: 160,
    x: numeric ? { label: topic.unit, grid: true, zero: true } : { type: "utc", label: topic.unit, grid: true },
    y: { type: "point", label: null, padding: 0.6 },
    marks: [
      Plot.dot(drawn, { x: numeric ? "valueNumeric" : "date", y: "by", r: 6, fill: "#4575b4", href: "link", ariaLabel: (c) => `${c.by}: ${c.valueText}`, title: (c) => `${c.by}: ${c.valueText}` }),
      Plot.text(drawn, { x: numeric ? "valueNumeric" : "date", y: "by", text: "valueText", dx: 10, textAnchor: "start" }),
    ],
  }), "The values are words, not numbers or dates: compare them in the table.");
  panel.querySelector("[data-apart]").textContent = drawn.length > 0 && words.length > 0 ? `Not on the chart (in words): ${words.join("; ")}` : "";
  table(panel, ["source", "value", "qualifier", "unit", "as of", "note", "quotes"], rows.map((c) => [
    c.by, [c.valueText, c.link], c.qualifier ?? "", c.unit ?? "", c.asOf ?? "", c.note ?? "", [`${c.quotes.length} quote(s)`, c.link],
  ]), `${topic.title}: ${claims.length} figures from ${new Set(claims.map((c) => c.source.id)).size} sources`);
}

const widthOf = (panel) => Math.max(640, panel.querySelector("[data-chart]").clientWidth || 960);

function chart(panel, svg, message = "") {
  const box = panel.querySelector("[data-chart]");
  if (svg) svg.setAttribute("role", "img");
  if (svg && performance.getEntriesByName("first-chart").length === 0) performance.mark("first-chart");
  box.replaceChildren(svg ?? paragraph(message || "Nothing to draw."));
}

function legend(panel, scale, name, extra, note = "") {
  const box = panel.querySelector("[data-legend]");
  const items = scale.domain.map((value, i) => {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = scale.range[i]; // CSSOM, allowed by the CSP (no style attribute in markup)
    item.append(swatch, value);
    return item;
  });
  const more = extra.map(([mark, text]) => Object.assign(document.createElement("span"), { textContent: `${mark} ${text}` }));
  box.replaceChildren(`${name}: `, ...items, ...more, note ? ` — ${note}` : "");
}

function apart(panel, title, entries) {
  const box = panel.querySelector("[data-apart]");
  const list = document.createElement("ul");
  list.append(...entries.map(([text, link]) => {
    const li = document.createElement("li");
    li.append(anchor(text, link));
    return li;
  }));
  box.replaceChildren(Object.assign(document.createElement("h3"), { textContent: `${title}: ${entries.length}` }), list);
}

function table(panel, columns, rows, caption = "") {
  const element = document.createElement("table");
  if (caption) element.createCaption().textContent = caption;
  element.createTHead().insertRow().append(...columns.map((c) => Object.assign(document.createElement("th"), { textContent: c, scope: "col" })));
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().append(Array.isArray(cell) ? anchor(...cell) : String(cell));
  }
  panel.querySelector("[data-table]").replaceChildren(element);
}

const anchor = (text, link) => Object.assign(document.createElement("a"), { textContent: text, href: link });
const paragraph = (text) => Object.assign(document.createElement("p"), { textContent: text });
