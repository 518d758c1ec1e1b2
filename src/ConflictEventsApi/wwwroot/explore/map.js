// Map: the track's located events on the offline basemap (Natural Earth via world-atlas), drawn
// with d3's Mercator projection fitted to the events' extent. One dot per place (events at the
// same coordinates share it, so no dot is pushed off its place), labelled; unlocated events are
// listed beside it. The <svg> declares its projection (data-projection) so a check can project
// each coordinate itself and compare.
import { clearRequests, offerCsv } from "./api.js";
import { trackEvents, trackEventsPath } from "./shared-data.js";
import { eventFilters } from "./state.js";
import { apart, chart, legend, table, widthOf } from "./charts.js";
import { eventLink, statusColours } from "./timeline.js";
import { rangeText } from "./words.js";

const { d3, topojson } = globalThis;
let world;

export async function drawMap(panel, state, signal) {
  clearRequests(panel);
  const filters = eventFilters(state);
  world ??= fetch("vendor/countries-110m.json").then((r) => r.json()).then((w) => topojson.feature(w, w.objects.countries).features);
  const [events, countries] = await Promise.all([trackEvents(panel, state.track, filters), world]);
  signal?.throwIfAborted();
  offerCsv(panel, trackEventsPath(state.track, filters), `events-${state.track}`);
  const located = events.filter((e) => e.latitude !== null && e.longitude !== null);
  const places = [...d3.group(located, (e) => `${e.latitude},${e.longitude}`).values()].map((at) => ({
    place: at[0].place ?? `${at[0].latitude}, ${at[0].longitude}`, lat: at[0].latitude, lon: at[0].longitude, events: at,
    status: at.every((e) => e.status === at[0].status) ? at[0].status : "mixed",
  }));

  const width = widthOf(panel);
  const height = Math.round(Math.min(460, Math.max(280, width * 0.62)));
  // The track's extent with a margin of a few degrees, so neighbouring countries give the places context.
  const lons = located.map((e) => e.longitude);
  const lats = located.map((e) => e.latitude);
  const extent = located.length === 0 ? { type: "Sphere" } : { type: "MultiPoint", coordinates: [
    [Math.min(...lons) - 8, Math.min(...lats) - 6], [Math.max(...lons) + 8, Math.max(...lats) + 6]] };
  const fitted = d3.geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], extent);
  // Zooming projects again at another scale around the view's centre (no transform on top), so the
  // declared projection stays the one every point and country was drawn with.
  let zoom = 1;
  const centre = fitted.invert([width / 2, height / 2]);
  const paint = () => {
    const projection = d3.geoMercator().scale(fitted.scale() * zoom).translate([0, 0]);
    const [cx, cy] = projection(centre);
    projection.translate([width / 2 - cx, height / 2 - cy]);
    chart(panel, located.length ? drawn(projection, width, height, countries, places) : null,
      `Map of the ${state.track} track: ${located.length} located events at ${places.length} places`, "No event with a location matches.");
  };
  for (const button of panel.querySelectorAll("button[data-zoom]")) {
    button.onclick = () => {
      zoom = { in: zoom * 1.6, out: Math.max(0.25, zoom / 1.6), fit: 1 }[button.dataset.zoom];
      paint();
    };
  }
  paint();

  const statuses = Object.keys(statusColours).filter((s) => places.some((p) => p.status === s));
  legend(panel, "Status", [...statuses.map((s) => [s, statusColours[s]]), ...(places.some((p) => p.status === "mixed") ? [["several statuses", "#7b3294"]] : [])],
    ["a larger dot and (n): n events at that place"]);
  apart(panel, "Not on the map (no location)", events.filter((e) => e.latitude === null || e.longitude === null).map((e) => [e.title, eventLink(e.id)]));
  table(panel, ["place", "event", "dates", "status", "latitude", "longitude"], located.map((e) => ({
    cells: [e.place ?? "", [e.title, eventLink(e.id)], rangeText(e.startDate, e.endDate, e.datePrecision), e.status, e.latitude, e.longitude],
  })), `${located.length} located events`);
}

function svgEl(tag, attributes = {}) {
  const node = document.createElementNS(d3.namespaces.svg, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The basemap and the places, drawn with one projection that the <svg> declares. */
function drawn(projection, width, height, countries, places) {
  const path = d3.geoPath(projection);

  const svg = document.createElementNS(d3.namespaces.svg, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  svg.dataset.projection = JSON.stringify({ type: "mercator", scale: projection.scale(), translate: projection.translate(), rotate: projection.rotate() });
  // Presentation attributes, not CSS classes: a downloaded SVG keeps its colours.
  const basemap = svgEl("g", { "aria-hidden": "true", fill: "#f2efe9", stroke: "#9a9a9a", "stroke-width": 0.6 });
  basemap.append(svgEl("rect", { width, height, fill: "#dbe9f4", stroke: "none" }));
  for (const country of countries) {
    const d = path(country);
    if (!d) continue;
    const shape = svgEl("path", { d });
    shape.dataset.country = country.id;
    basemap.append(shape);
  }
  svg.append(basemap);
  const radius = (place) => 6 + Math.min(6, 2 * (place.events.length - 1));
  for (const place of places.sort((a, b) => b.events.length - a.events.length)) {
    const [x, y] = projection([place.lon, place.lat]);
    const first = [...place.events].sort((a, b) => (a.startDate ?? "9").localeCompare(b.startDate ?? "9"))[0];
    const names = place.events.map((e) => e.title).join("; ");
    const link = svgEl("a", { href: eventLink(first.id), "aria-label": `${place.place}: ${place.events.length} event(s): ${names}` });
    const dot = svgEl("circle", { cx: x, cy: y, r: radius(place), stroke: "white", "stroke-width": 1.5 });
    dot.style.fill = statusColours[place.status] ?? "#7b3294";
    Object.assign(dot.dataset, { lon: place.lon, lat: place.lat, place: place.place });
    dot.append(Object.assign(svgEl("title"), { textContent: `${place.place}\n${place.events.map((e) => `${e.title} (${rangeText(e.startDate, e.endDate, e.datePrecision)})`).join("\n")}` }));
    link.append(dot);
    // Labels read to the right of their dot, or to its left near the right edge, never cut off.
    const leftward = x > width - 130;
    const label = svgEl("text", { x: leftward ? x - radius(place) - 4 : x + radius(place) + 4, y: y + 4, "text-anchor": leftward ? "end" : "start", "font-size": 13, "font-weight": 600, fill: "#111", stroke: "white", "stroke-width": 3, "paint-order": "stroke", "aria-hidden": "true" });
    label.dataset.labelFor = place.place;
    label.textContent = place.events.length > 1 ? `${place.place} (${place.events.length})` : place.place;
    svg.append(link, label);
  }
  return svg;
}
