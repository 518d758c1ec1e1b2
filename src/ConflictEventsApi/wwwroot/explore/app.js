// The explorer: reads the state from the address, draws the panels that depend on what changed, and
// keeps the address in step without reloading: links to the page's own states are followed in place
// (History API), Back and Forward redraw, and a panel's stale requests are aborted.
import { getAll } from "./api.js";
import { drawTimeline } from "./timeline.js";
import { drawPositions } from "./positions.js";
import { drawMap } from "./map.js";
import { drawClaims } from "./claims.js";
import { drawActivity } from "./activity.js";
import { linkOf, element } from "./charts.js";
import { trackEvents, actors } from "./shared-data.js";
import { state, href, filterKeys } from "./state.js";
import { words } from "./words.js";

const $ = (selector) => document.querySelector(selector);
const wide = matchMedia("(min-width: 1000px)");
const controllers = new Map();
let shown = null;
let renders = 0;

async function go(address) {
  const before = state();
  history.pushState(null, "", address);
  await render(before);
}

/** Redraws what depends on the keys that changed since `before` (everything when it is null). */
async function render(before = null) {
  const generation = ++renders;
  document.body.dataset.ready = "false";
  const now = state();
  shown = now;
  syncControls(now);
  const changed = (...keys) => before === null || keys.some((key) => before[key] !== now[key]);
  const work = [];
  const draw = (id, drawing) => {
    const panel = $(id);
    controllers.get(id)?.abort(); // the view it was loading for is gone
    const controller = new AbortController();
    controllers.set(id, controller);
    panel.setAttribute("aria-busy", "true");
    work.push(drawing(panel, controller.signal)
      .catch((error) => { if (!controller.signal.aborted) failed(panel, error); })
      .finally(() => { if (controllers.get(id) === controller) panel.removeAttribute("aria-busy"); }));
  };
  // The kind and status choices are the track's own (Back to another track included).
  if (changed("track")) fillFilterChoices(now.track).catch(() => {}); // without them the filters offer "any"
  const filtered = changed("track", "kind", "status", "from", "to", "actor");
  if (filtered) {
    draw("#timeline", (panel, signal) => drawTimeline(panel, now, signal));
    draw("#map", (panel, signal) => drawMap(panel, now, signal));
  }
  if (changed("track", "target", "rollup")) draw("#positions", (panel, signal) => drawPositions(panel, now, $("#target"), signal));
  if (changed("track", "from", "to")) draw("#activity", (panel, signal) => drawActivity(panel, now, signal));
  if (changed("topic")) draw("#claims", (panel, signal) => drawClaims(panel, now, $("#topic"), signal));
  // Search and evidence load their code when first needed: the first view's charts do not wait for it.
  if ((filtered || changed("q")) && (now.q || before?.q)) draw("#results", async (panel, signal) => (await import("./search.js")).drawResults(panel, now, signal));
  if (changed("fact", "quote") && (now.fact || before?.fact)) draw("#evidence", async (panel, signal) => (await import("./evidence.js")).showEvidence(panel, now, signal));
  await Promise.all(work);
  if (generation !== renders) return; // a newer view is being drawn: it will say when it is ready
  if (before === null) performance.mark("explorer-ready");
  bringIntoView(before ?? { ...now, fact: "", quote: "", q: "" }, now);
  document.body.dataset.ready = "true";
}

/** What a click opened comes into view: the evidence beside the charts (wide) or scrolled to (narrow). */
function bringIntoView(before, now) {
  if (now.quote && now.quote !== before.quote) return $("#evidence mark")?.focus({ preventScroll: true });
  if (now.fact && now.fact !== before.fact) {
    if (!wide.matches) $("#evidence").scrollIntoView({ block: "start" });
    else $("#evidence").scrollTop = 0;
    return $("#evidence-h").focus({ preventScroll: true });
  }
  if (now.q && now.q !== before.q) $("#results").scrollIntoView({ block: "start" });
}

/** A panel whose request failed says so where its content would be; the others still draw. */
function failed(panel, error) {
  const message = element("p", { className: "warning", textContent: `Could not load this panel: ${error.message}` });
  panel.querySelector("[data-chart], [data-quotes], [data-results]").replaceChildren(message);
}

function syncControls(now) {
  $("#track").value = now.track;
  $("#rollup").checked = now.rollup === "parent";
  for (const key of filterKeys) $(`#${key}`).value = now[key];
}

/** The filters offer the kinds and statuses the track's events have. */
async function fillFilterChoices(track) {
  const events = await trackEvents(null, track);
  for (const [key, values] of [["kind", events.map((e) => e.kind)], ["status", events.map((e) => e.status)]]) {
    const select = $(`#${key}`);
    select.replaceChildren(new Option("any", ""), ...[...new Set(values)].sort().map((v) => new Option(words(v), v)));
    select.value = state()[key];
  }
}

/** The track choices; asked for beside the first view's data, not before it. */
async function fillTracks() {
  const tracks = await getAll(null, "/tracks");
  $("#track").replaceChildren(...tracks.map((track) => new Option(track.name, track.id)));
  $("#track").value = state().track;
}

function start() {
  $("#track").addEventListener("change", (e) => go(href({ track: e.target.value, target: "", fact: "", quote: "", kind: "", status: "" })));
  $("#target").addEventListener("change", (e) => go(href({ target: e.target.value })));
  $("#rollup").addEventListener("change", (e) => go(href({ rollup: e.target.checked ? "parent" : "" })));
  $("#topic").addEventListener("change", (e) => go(href({ topic: e.target.value })));
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    go(href({ ...Object.fromEntries(filterKeys.map((key) => [key, $(`#${key}`).value.trim()])), fact: "", quote: "" }));
  });
  $("#filters").addEventListener("reset", (e) => {
    e.preventDefault();
    go(href(Object.fromEntries(filterKeys.map((key) => [key, ""]))));
  });
  // Actor names to pick from, asked for only when the field is used.
  $("#actor").addEventListener("focus", async () => {
    $("#actor-names").replaceChildren(...(await actors(null)).map((a) => new Option(a.name, a.id)));
  }, { once: true });
  // Links the page draws to its own states (in charts, tables, lists): followed in place, no reload.
  document.addEventListener("click", (e) => {
    const link = e.target.closest?.("a");
    if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const address = linkOf(link);
    if (!address.startsWith("?") && address !== location.pathname) return;
    e.preventDefault();
    go(address);
  });
  window.addEventListener("popstate", () => render(shown));
  // Without the list the select shows the address's track; the panels say what failed.
  fillTracks().catch((error) => $("#track").replaceChildren(new Option(`${state().track} (tracks unavailable: ${error.message})`, state().track)));
  render();
}

start();
