// The explorer: reads the state from the address, draws the panels, and keeps the address in step.
import { get } from "./api.js";
import { drawTimeline, drawPositions, drawMap, drawClaims } from "./panels.js";
import { showEvidence } from "./evidence.js";
import { state, href } from "./state.js";

const $ = (selector) => document.querySelector(selector);

async function navigate(changes) {
  await go(href(changes));
}

async function go(address) {
  const before = state();
  history.pushState(null, "", address);
  await render(before);
  // Keyboard users land where the click took them: the quotes of a fact, or the quote in its article.
  const now = state();
  if (now.quote && now.quote !== before.quote) $("#evidence mark")?.focus();
  else if (now.fact !== before.fact) $("#evidence [data-quotes] a")?.focus();
}

/** Redraws what depends on the keys that changed since `before` (everything when it is null). */
async function render(before = null) {
  document.body.dataset.ready = "false";
  const now = state();
  const changed = (...keys) => before === null || keys.some((key) => before[key] !== now[key]);
  $("#track").value = now.track;
  $("#rollup").checked = now.rollup === "parent";
  const work = [];
  const draw = (id, drawing) => work.push(drawing($(id)).catch((error) => failed($(id), error)));
  if (changed("track")) {
    draw("#timeline", (panel) => drawTimeline(panel, now));
    draw("#map", (panel) => drawMap(panel, now));
  }
  if (changed("track", "target", "rollup")) draw("#positions", (panel) => drawPositions(panel, now, $("#target")));
  if (changed("topic")) draw("#claims", (panel) => drawClaims(panel, now, $("#topic")));
  if (changed("fact", "quote") || (now.fact.startsWith("position:") && changed("track", "target", "rollup")))
    draw("#evidence", (panel) => showEvidence(panel, now));
  await Promise.all(work);
  if (before === null) performance.mark("explorer-ready");
  document.body.dataset.ready = "true";
}

/** A panel whose request failed says so where its chart (or article) would be; the others still draw. */
function failed(panel, error) {
  const message = Object.assign(document.createElement("p"), { className: "warning", textContent: `Could not load this panel: ${error.message}` });
  panel.querySelector("[data-chart], [data-article]").replaceChildren(message);
}

async function start() {
  const tracks = (await get(null, "/tracks")).items;
  $("#track").replaceChildren(...tracks.map((track) => new Option(track.name, track.id)));
  $("#track").addEventListener("change", (e) => navigate({ track: e.target.value, target: "", fact: "", quote: "" }));
  $("#target").addEventListener("change", (e) => navigate({ target: e.target.value }));
  $("#rollup").addEventListener("change", (e) => navigate({ rollup: e.target.checked ? "parent" : "" }));
  $("#topic").addEventListener("change", (e) => navigate({ topic: e.target.value }));
  // Links the page draws to its own states (href from `href()`, in charts and tables): follow them in place.
  document.addEventListener("click", (e) => {
    const link = e.target.closest?.("a[href]");
    const address = link?.getAttribute("href");
    if (!address || !(address.startsWith("?") || address === location.pathname) || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    go(address);
  });
  window.addEventListener("popstate", () => render());
  await render();
}

start();
