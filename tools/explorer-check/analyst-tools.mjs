// The explorer as an analyst's tool, at 1400 px: an actor's stances over time, kinds that read as
// themselves, map zoom, search, filters, each panel's CSV and each chart's SVG, a print layout, a
// panel's loading state, and views reopened from an address alone. Answers are compared with the
// API's own, not with fixed numbers.

import { checkMapProjection } from "./map-projection.mjs";
import { checkAxe } from "./readability.mjs";

export async function checkAnalystTools({ page, base, api, expect, ready }) {
  await page.goto(`${base}/explore/`);
  await ready(page);

  // Two clicks in quick succession: the later one's view wins (the earlier one's requests are aborted or ignored).
  const marks = page.locator("#timeline .chart svg a");
  await page.evaluate(() => { const links = document.querySelectorAll("#timeline .chart svg a"); links[0].dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 })); links[links.length - 1].dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 })); });
  await ready(page, "the second click's evidence", () => document.body.dataset.ready === "true" && document.querySelector("#evidence [data-card]") !== null);
  const last = await marks.last().getAttribute("data-event");
  const raced = await page.evaluate(() => ({ url: location.search, card: document.querySelector("#evidence [data-card] h3")?.textContent, cards: document.querySelectorAll("#evidence [data-card]").length }));
  const title = (await api(`/events/${last}`)).event?.title;
  expect(raced.url.includes(encodeURIComponent(`event:${last}`)) && raced.card === title && raced.cards === 1, `two quick clicks: the second event's evidence is shown (${raced.card})`);

  // Positions: the kind of each actor's deciding stances is shown as itself ("demands participation", not just "for").
  const shown = await page.evaluate(() => [...document.querySelectorAll("#positions [data-table] tbody tr")].map((tr) => ({ actor: tr.dataset.actor, kinds: tr.querySelector("[data-kinds]")?.textContent ?? "" })));
  const [positions, stances] = await Promise.all([api("/tracks/sochi/positions"), api("/stances?track=sochi&limit=500")]);
  const kindOf = new Map(stances.items.map((s) => [s.id, s.kind.replaceAll("-", " ")]));
  const wrong = positions.items.filter((p) => {
    const row = shown.find((r) => r.actor === p.actorId);
    return !row || !p.decidingStanceIds.every((id) => !kindOf.has(id) || row.kinds.includes(kindOf.get(id)));
  });
  expect(shown.length === positions.items.length && wrong.length === 0, `positions: each actor's deciding stance kinds shown in words (${wrong.length} of ${positions.items.length} not: ${wrong.slice(0, 2).map((p) => p.actorId).join(", ")})`);

  // An actor's history: every stance of the actor, over time, each opening its quote.
  const actor = positions.items.find((p) => p.stanceIds.length > 1) ?? positions.items[0];
  await page.locator(`#positions .chart svg a[data-actor="${actor.actorId}"]`).first().click({ timeout: 5000 }).catch(() => expect(false, `positions: no mark for ${actor.actorId}`));
  await ready(page, "the actor's history", () => document.body.dataset.ready === "true" && (document.querySelector("#evidence [data-history] svg") !== null));
  const history = await page.evaluate(() => ({ items: [...document.querySelectorAll("#evidence [data-history] li[data-stance]")].map((li) => li.dataset.stance),
    links: document.querySelectorAll("#evidence [data-history] li[data-stance] a[data-quote]").length }));
  const all = await api(`/stances?actor=${encodeURIComponent(actor.actorId)}&limit=500`);
  expect(history.items.length === all.items.length && history.links >= history.items.length && all.items.every((s) => history.items.includes(s.id)),
    `${actor.actorName}: its ${history.items.length} stances over time, each opening its quote (the API lists ${all.items.length})`);
  await checkAxe(page, expect, "1400px with an actor's history open");
  await page.locator("#evidence [data-history] a[data-quote]").first().click({ timeout: 5000 }).catch(() => null);
  expect(await ready(page, "the quote marked in its article", () => document.body.dataset.ready === "true" && (document.querySelector("#evidence mark") !== null)), `${actor.actorName}: a stance's quote opens marked in its article`);

  // The map zoomed in is projected again: its points still sit at their coordinates on the basemap.
  const scale = () => page.evaluate(() => JSON.parse(document.querySelector("#map svg[data-projection]")?.dataset.projection ?? "{}").scale);
  const before = await scale();
  await page.locator("#map button[data-zoom=in]").click({ timeout: 5000 }).catch(() => null);
  const after = await scale();
  expect(after > before, `map: zooming in draws at a larger scale (${Math.round(before)} to ${Math.round(after)})`);
  await checkMapProjection(page, expect);

  // Search (the API's q over events and stances) from the search box.
  await page.fill("#q", "boycott", { timeout: 5000 }).then(() => page.press("#q", "Enter"), () => expect(false, "search: no search box (#q)"));
  await ready(page, "the search results", () => document.body.dataset.ready === "true" && (location.search.includes("q=boycott") && document.querySelector("#results [data-result]") !== null));
  const found = await page.evaluate(() => ({ events: document.querySelectorAll("#results [data-result=event]").length, stances: document.querySelectorAll("#results [data-result=stance]").length }));
  const [events, stanceHits] = await Promise.all([api("/events?q=boycott&track=sochi&limit=500"), api("/stances?q=boycott&track=sochi&limit=500")]);
  expect(found.events === events.items.length && found.stances === stanceHits.items.length && found.events + found.stances > 0,
    `search "boycott": ${found.events} events and ${found.stances} stances listed (the API: ${events.items.length} and ${stanceHits.items.length})`);

  // Filters: status and dates narrow the timeline to what the API returns for them.
  await page.goto(`${base}/explore/?status=held&from=2018-01-01`);
  await ready(page);
  const filtered = await page.evaluate(() => document.querySelectorAll("#timeline [data-table] tbody tr").length);
  const expected = await api("/events?track=sochi&status=held&from=2018-01-01&limit=500");
  expect(filtered === expected.items.length && filtered > 0, `filters (held, from 2018-01-01): ${filtered} events in the timeline (the API: ${expected.items.length})`);
  const statusValue = await page.evaluate(() => document.querySelector("#status")?.value);
  expect(statusValue === "held", `filters: the status control shows the address's filter (${statusValue})`);

  // Exports: each panel's CSV link answers CSV; a chart downloads as SVG.
  const csv = await page.evaluate(() => [...document.querySelectorAll(".panel:not([hidden]) a[data-csv]:not([hidden])")].map((a) => a.href));
  const answers = await Promise.all(csv.map(async (href) => { const r = await fetch(href); return r.ok && (r.headers.get("content-type") ?? "").startsWith("text/csv"); }));
  expect(csv.length >= 4 && answers.every(Boolean), `exports: ${csv.length} panels offer the API's CSV, ${answers.filter(Boolean).length} answer text/csv`);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 5000 }).catch(() => null), page.locator("#timeline button[data-export=svg]").click({ timeout: 5000 }).catch(() => null)]);
  const svgText = download ? await streamText(await download.createReadStream()) : "";
  expect(svgText.startsWith("<svg") && svgText.includes("</svg>") && download.suggestedFilename().endsWith(".svg"), `exports: the timeline downloads as SVG (${download?.suggestedFilename()}, ${svgText.length} characters)`);

  // Print: controls and request boxes are left off paper.
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => ["#filters", ".request"].map((s) => (document.querySelector(s) ? getComputedStyle(document.querySelector(s)).display : "missing")));
  await page.emulateMedia({ media: "screen" });
  expect(printed.every((d) => d === "none"), `print: filters and request boxes hidden on paper (${printed.join(", ")})`);

  // A slow panel says it is loading while the others are drawn (its answer held back for a moment).
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/stats/stances?*", async (route) => { await held; await route.continue(); });
  await page.goto(`${base}/explore/?track=astana`);
  await page.waitForFunction(() => document.querySelector("#timeline .chart svg") !== null, null, { timeout: 20000 }).catch(() => null);
  const loading = await page.evaluate(() => ({ busy: document.querySelector("#activity")?.getAttribute("aria-busy"), note: getComputedStyle(document.querySelector("#activity h2"), "::after").content,
    timeline: document.querySelector("#timeline")?.getAttribute("aria-busy") }));
  release();
  await ready(page);
  await page.unroute("**/stats/stances?*");
  const settled = await page.evaluate(() => document.querySelector("#activity").getAttribute("aria-busy"));
  expect(loading.busy === "true" && /loading/.test(loading.note) && loading.timeline === null && settled === null,
    `loading state: a panel waiting for its data says so (${loading.note}) while the others are drawn, and stops when it is drawn`);

  // Views from an address alone: another track with a disputed figure's quote; an event's quote.
  for (const view of ["?track=geneva&topic=syria-war-death-toll&fact=claim%3Asyria-war-death-toll%3Athe-national-2017-12-25-death-toll&quote=1",
    "?track=astana&fact=event%3Acongress-of-syrian-national-dialogue&quote=1"]) {
    await page.goto(`${base}/explore/${view}`);
    await ready(page, "the quote marked in its article", () => document.body.dataset.ready === "true" && (document.querySelector("#evidence mark") !== null));
    const seen = await page.evaluate(() => ({ marked: document.querySelector("#evidence mark")?.textContent, quote: document.querySelector("#evidence [aria-current]")?.dataset.quote,
      charts: document.querySelectorAll(".chart svg").length, warning: document.querySelector(".warning")?.textContent }));
    expect(!seen.warning && seen.marked && seen.quote === seen.marked && seen.charts >= 4, `${view}: ${seen.charts} charts, quote marked ${seen.warning ?? ""}`);
  }
}

async function streamText(stream) {
  let text = "";
  for await (const chunk of stream) text += chunk;
  return text;
}
