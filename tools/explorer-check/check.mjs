// Drives a running headless Chromium over the DevTools protocol through the explorer page:
// every panel renders real data, clicking a position opens its quote highlighted in the article,
// no console error, no request outside the API's origin. Writes a screenshot and prints the
// page's weight and time to first chart.   node check.mjs <devtools-port> <api-base-url> <screenshot.png>
import { writeFileSync } from "node:fs";
import WebSocket from "ws";

const [port, base, screenshot] = process.argv.slice(2);
const origin = new URL(base).origin;
const failures = [];
const fail = (message) => { failures.push(message); console.log(`FAIL ${message}`); };
const ok = (message) => console.log(`ok   ${message}`);

const target = await (await fetch(`http://127.0.0.1:${port}/json/new?about:blank`, { method: "PUT" })).json();
const socket = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false });
await new Promise((resolve, reject) => { socket.once("open", resolve); socket.once("error", reject); });
let nextId = 0;
const pending = new Map();
const listeners = [];
socket.on("message", (data) => {
  const message = JSON.parse(data);
  if (message.id && pending.has(message.id)) {
    const { resolve, reject } = pending.get(message.id);
    pending.delete(message.id);
    message.error ? reject(new Error(`${message.error.message}`)) : resolve(message.result);
  } else if (message.method) for (const listener of listeners) listener(message);
});
const send = (method, params = {}) => new Promise((resolve, reject) => {
  const id = ++nextId;
  pending.set(id, { resolve, reject });
  socket.send(JSON.stringify({ id, method, params }));
});
const evaluate = async (expression) => {
  const { result, exceptionDetails } = await send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
};
const waitFor = async (expression, what, timeout = 15000) => {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      if (await evaluate(expression)) return true;
    } catch (error) {
      // A click that navigates (the page reloads its view) can cut an evaluation short: poll again.
      if (!/navigated or closed|Execution context was destroyed|Cannot find context/.test(error.message)) throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`timed out waiting for ${what}`);
  return false;
};

// What the page does: console errors, exceptions, requests, bytes on the wire.
const requests = new Map();
listeners.push(({ method, params }) => {
  if (method === "Runtime.consoleAPICalled" && ["error", "warning", "assert"].includes(params.type))
    fail(`console ${params.type}: ${params.args.map((a) => a.value ?? a.description).join(" ")}`);
  if (method === "Runtime.exceptionThrown") fail(`exception: ${params.exceptionDetails.exception?.description ?? params.exceptionDetails.text}`);
  if (method === "Log.entryAdded" && params.entry.level === "error") fail(`browser log: ${params.entry.text} ${params.entry.url ?? ""}`);
  if (method === "Network.requestWillBeSent") {
    const url = params.request.url;
    if (!url.startsWith("data:") && new URL(url).origin !== origin) fail(`request outside the API's origin: ${url}`);
    requests.set(params.requestId, { url, bytes: 0, status: 0 });
  }
  if (method === "Network.responseReceived" && requests.has(params.requestId)) {
    requests.get(params.requestId).status = params.response.status;
    if (params.response.status >= 400) fail(`${params.response.status} for ${params.response.url}`);
  }
  if (method === "Network.loadingFinished" && requests.has(params.requestId)) requests.get(params.requestId).bytes = params.encodedDataLength;
  if (method === "Network.loadingFailed") fail(`request failed: ${requests.get(params.requestId)?.url} ${params.errorText}`);
});
for (const domain of ["Runtime", "Log", "Network", "Page"]) await send(`${domain}.enable`);
await send("Network.setCacheDisabled", { cacheDisabled: true });
await send("Emulation.setDeviceMetricsOverride", { width: 1400, height: 1000, deviceScaleFactor: 1, mobile: false });

// 1. Load the page with the browser's cache off, twice: the first also warms the API (a just-started
// server compiles each endpoint on first use), the second is what a new visitor of a running API sees.
const loadCold = async () => {
  requests.clear();
  await send("Network.setCacheDisabled", { cacheDisabled: true });
  const loaded = new Promise((resolve) => listeners.push(({ method }) => method === "Page.loadEventFired" && resolve()));
  await send("Page.navigate", { url: `${base}/explore` });
  await loaded;
  await waitFor(`document.body.dataset.ready === "true" && performance.getEntriesByName("explorer-ready").length > 0`, "the first render");
  const timing = await evaluate(`({ firstChart: performance.getEntriesByName("first-chart")[0]?.startTime, ready: performance.getEntriesByName("explorer-ready")[0]?.startTime })`);
  const loads = [...requests.values()];
  await send("Network.setCacheDisabled", { cacheDisabled: false });
  return { timing, loads, weight: { requests: loads.length, bytes: loads.reduce((sum, r) => sum + r.bytes, 0) } };
};
const coldServer = await loadCold();
const { timing, loads: firstLoad, weight } = await loadCold();
const panels = await evaluate(`(() => {
  const count = (selector) => document.querySelectorAll(selector).length;
  return {
    timelineMarks: count("#timeline .chart svg a"), timelineRows: count("#timeline [data-table] tbody tr"), undated: count("#timeline [data-apart] li"),
    plans: count("#timeline .chart svg [aria-label=arrow] path"),
    positionMarks: count("#positions .chart svg a"), positionRows: count("#positions [data-table] tbody tr"),
    basemap: count("#map .chart svg [aria-label=geo] path"), mapMarks: count("#map .chart svg a"), unplaced: count("#map [data-apart] li"),
    claimRows: count("#claims [data-table] tbody tr"), claimMarks: count("#claims .chart svg a"), topics: count("#topic option"),
    warnings: [...document.querySelectorAll(".panel .warning")].map((w) => w.textContent),
    requestsShown: [...document.querySelectorAll(".panel [data-request]")].map((box) => box.querySelectorAll("code").length),
  };
})()`);
console.log(JSON.stringify(panels));
const expect = (condition, message) => (condition ? ok(message) : fail(message));
expect(panels.warnings.length === 0, `no panel failed to load ${panels.warnings.join("; ")}`);
expect(panels.timelineMarks > 0 && panels.timelineMarks + panels.undated === panels.timelineRows, `timeline: ${panels.timelineMarks} dated events drawn, ${panels.undated} listed apart, ${panels.timelineRows} in the table`);
expect(panels.plans > 0, `timeline: ${panels.plans} moved plan(s) drawn`);
expect(panels.positionMarks > 0 && panels.positionRows > 0, `positions: ${panels.positionMarks} actors drawn`);
expect(panels.basemap > 50 && panels.mapMarks > 0, `map: ${panels.basemap} countries, ${panels.mapMarks} located events, ${panels.unplaced} listed beside it`);
expect(panels.claimRows >= 2 && panels.topics > 1 && panels.claimMarks > 0, `disputed figures: ${panels.topics} topics, ${panels.claimRows} sources side by side, ${panels.claimMarks} drawn`);
expect(panels.requestsShown.slice(0, 4).every((n) => n > 0), `every panel shows its requests (${panels.requestsShown.join(", ")})`);

// 2. Click a position (a real mouse click), then its first quote: the article opens with it marked.
const click = async (selector) => {
  const box = await evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null;
    el.scrollIntoView({ block: "center" }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
  if (!box) return fail(`nothing to click at ${selector}`);
  for (const type of ["mousePressed", "mouseReleased"]) await send("Input.dispatchMouseEvent", { type, x: box.x, y: box.y, button: "left", clickCount: 1 });
};
await click("#positions .chart svg a");
await waitFor(`document.querySelectorAll("#evidence [data-quotes] li a").length > 0`, "the position's quotes");
await click("#evidence [data-quotes] li a");
await waitFor(`document.querySelector("#evidence mark") !== null`, "the quote marked in the article");
const evidence = await evaluate(`({ quote: document.querySelector("#evidence [data-quotes] li a").textContent,
  marked: document.querySelector("#evidence mark")?.textContent, url: location.search,
  byline: document.querySelector("#evidence .byline")?.textContent, warning: document.querySelector("#evidence .warning") !== null })`);
expect(evidence.url.includes("fact=position") && evidence.url.includes("quote=1"), `the address holds the view: ${evidence.url}`);
expect(!evidence.warning && evidence.marked && evidence.quote === `“${evidence.marked}”`, `clicking a position opens its quote marked in the article: “${evidence.marked?.slice(0, 60)}…” (${evidence.byline})`);

// 3. The shared address reopens the same view.
const reloaded = new Promise((resolve) => listeners.push(({ method }) => method === "Page.loadEventFired" && resolve()));
await send("Page.navigate", { url: `${base}/explore/${evidence.url}` });
await reloaded;
await waitFor(`document.body.dataset.ready === "true" && document.querySelector("#evidence mark") !== null`, "the shared view");
expect((await evaluate(`document.querySelector("#evidence mark")?.textContent`)) === evidence.marked, "the shared address reopens the same quote");

// 4. Keyboard: Tab reaches the chart marks (links).
const focusable = await evaluate(`[...document.querySelectorAll(".chart svg a")].every((a) => a.tabIndex >= 0 || a.hasAttribute("href"))`);
expect(focusable, "chart marks are links, reachable with Tab");

// 5. Screenshot for the README (the page as a person sees it, with evidence open).
await send("Emulation.setDeviceMetricsOverride", { width: 1400, height: 2800, deviceScaleFactor: 1, mobile: false });
await evaluate(`window.scrollTo(0, 0)`);
await new Promise((r) => setTimeout(r, 300));
const { data } = await send("Page.captureScreenshot", { format: "png" });
writeFileSync(screenshot, Buffer.from(data, "base64"));

// 6. Other views from an address alone: another track, rolled up, a disputed figure's quote and an event's.
for (const [view, fact] of [["?track=geneva&rollup=parent&topic=syria-war-death-toll", "claim:syria-war-death-toll:the-national-2017-12-25-death-toll"],
  ["?track=astana&target=&rollup=parent", "event:congress-of-syrian-national-dialogue"]]) {
  const shown = new Promise((resolve) => listeners.push(({ method }) => method === "Page.loadEventFired" && resolve()));
  await send("Page.navigate", { url: `${base}/explore/${view}&fact=${encodeURIComponent(fact)}&quote=1` });
  await shown;
  await waitFor(`document.body.dataset.ready === "true" && document.querySelector("#evidence mark") !== null`, `the quote of ${fact}`);
  const seen = await evaluate(`({ marked: document.querySelector("#evidence mark")?.textContent, quote: document.querySelector("#evidence [aria-current]")?.textContent,
    charts: document.querySelectorAll(".chart svg").length, warning: document.querySelector("#evidence .warning") !== null })`);
  expect(!seen.warning && seen.quote === `“${seen.marked}”` && seen.charts >= 3, `${view} with ${fact}: ${seen.charts} charts, quote marked`);
}

console.log(`page weight (first load, cold cache, as transferred): ${weight.requests} requests, ${weight.bytes} bytes`);
for (const r of firstLoad.sort((a, b) => b.bytes - a.bytes).slice(0, 6)) console.log(`  ${r.bytes}\t${r.url.replace(origin, "")}`);
console.log(`time to first chart: ${Math.round(timing.firstChart)} ms; every panel drawn: ${Math.round(timing.ready)} ms (from navigation start; a just-started API: ${Math.round(coldServer.timing.firstChart)} and ${Math.round(coldServer.timing.ready)} ms)`);
const budget = { bytes: 450_000, firstChartMs: 3000 };
expect(weight.bytes <= budget.bytes, `page weight within the budget of ${budget.bytes} bytes`);
expect(timing.firstChart <= budget.firstChartMs, `first chart within the budget of ${budget.firstChartMs} ms`);
socket.close();
console.log(failures.length === 0 ? "explorer check passed" : `explorer check: ${failures.length} failure(s)`);
process.exit(failures.length === 0 ? 0 : 1);
