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
}

let tracks;

/** Redraws what depends on the keys that changed since `before` (everything when it is null). */
async function render(before = null) {
  document.body.dataset.ready = "false";
  const now = state();
  const changed = (...keys) => before === null || keys.some((key) => before[key] !== now[key]);
  $("#track").value = now.track;
  $("#rollup").checked = now.rollup === "parent";
  const work = [];
  if (changed("track")) work.push(drawTimeline($("#timeline"), now), drawMap($("#map"), now));
  if (changed("track", "target", "rollup")) work.push(drawPositions($("#positions"), now, $("#target")));
  if (changed("topic")) work.push(drawClaims($("#claims"), now, $("#topic")));
  if (changed("fact", "quote")) work.push(showEvidence($("#evidence"), now));
  const results = await Promise.allSettled(work);
  for (const result of results) if (result.status === "rejected") console.warn(result.reason);
  if (before === null) performance.mark("explorer-ready");
  document.body.dataset.ready = "true";
}

async function start() {
  tracks = (await get(null, "/tracks")).items;
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
