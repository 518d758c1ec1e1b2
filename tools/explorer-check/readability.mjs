// What a reader needs at any width, measured in the page: no sideways scrolling, chart text of at
// least 12 px, day ticks for day dates, legends that name only what is drawn, charts with a name
// and a table beside them, marks in reading (date) order, shapes as well as colours for positions,
// no internal ids in text; and axe-core's serious and critical rules.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function checkReadability(page, expect, width) {
  const seen = await page.evaluate(() => {
    const charts = [...document.querySelectorAll(".panel .chart svg")];
    const ticks = [...document.querySelectorAll("#timeline .chart svg g[data-mark*='x-axis'] text, #timeline .chart svg g[aria-label*='x-axis'] text")].map((t) => t.textContent);
    const marks = [...document.querySelectorAll("#timeline .chart svg a")];
    const dates = marks.map((a) => a.dataset.date ?? /(\d{4}-\d{2}-\d{2})/.exec(a.getAttribute("aria-label") ?? a.querySelector("[aria-label]")?.getAttribute("aria-label") ?? "")?.[1] ?? "");
    const legend = [...document.querySelectorAll("#timeline [data-legend] [data-value]")].map((s) => s.dataset.value);
    const statuses = [...document.querySelectorAll("#timeline [data-table] tbody tr")].map((tr) => tr.dataset.status);
    const shapes = {};
    for (const mark of document.querySelectorAll("#positions .chart svg a [data-position]")) (shapes[mark.dataset.position] ??= new Set()).add(mark.getAttribute("d"));
    return {
      scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wide: [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && getComputedStyle(e).position !== "fixed")
        .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${e.className?.baseVal ?? e.className}`),
      smallest: Math.min(...charts.flatMap((svg) => [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim())
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1)))),
      unnamed: charts.filter((svg) => !svg.getAttribute("aria-label") || !svg.closest(".panel").querySelector("table")).length,
      charts: charts.length,
      ticks, dates, legend, statuses,
      shapes: Object.fromEntries(Object.entries(shapes).map(([k, v]) => [k, [...v]])),
    };
  });
  expect(seen.scroll <= 0, `${width}px: no horizontal scroll (page ${seen.scroll} px wider than the window${seen.wide.length ? `; wider: ${seen.wide.join(", ")}` : ""})`);
  expect(Math.round(seen.smallest * 10) / 10 >= 12, `${width}px: chart text at least 12 px (smallest ${seen.smallest.toFixed(1)} px)`);
  expect(seen.charts >= 4 && seen.unnamed === 0, `${width}px: ${seen.charts} charts, each with an accessible name and a table beside it (${seen.unnamed} without)`);
  expect(seen.ticks.length > 0 && !seen.ticks.some((t) => /\d\s?(AM|PM)\b|\d:\d\d/.test(t)), `${width}px: timeline ticks are days, not hours (${seen.ticks.slice(0, 4).join(" | ")})`);
  expect(seen.dates.length > 1 && seen.dates.every((d, i) => d && (i === 0 || seen.dates[i - 1] <= d)), `${width}px: timeline marks in date order (the keyboard's order)`);
  const shown = new Set(seen.statuses);
  expect(seen.legend.length > 0 && seen.legend.every((s) => shown.has(s)), `${width}px: the timeline legend lists only statuses shown (${seen.legend.join(", ")})`);
  const shapes = Object.values(seen.shapes).map((ds) => ds[0]);
  expect(shapes.length > 1 && new Set(shapes).size === shapes.length, `${width}px: each position has its own shape (${Object.keys(seen.shapes).join(", ")})`);
  await checkNoInternalIds(page, expect, `${width}px`);
}

/** The curators' article numbers ("(002)", "by 001", "1002-1004") mean nothing to a reader. */
export async function checkNoInternalIds(page, expect, where) {
  const ids = await page.evaluate(() => [...document.body.innerText.matchAll(/[^\n]{0,30}(?:\(|, |by |in )(?:0\d\d|10\d\d)\b(?![,.]?\d)[^\n]{0,20}/g)].map((m) => m[0]).slice(0, 3));
  expect(ids.length === 0, `${where}: no internal ids in the page's text ${ids.join(" … ")}`);
}

/** axe-core in the page (evaluated through the DevTools protocol, which the page's CSP does not govern). */
export async function checkAxe(page, expect, where) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }).then((r) => ({ violations: r.violations, passes: r.passes, testEngine: r.testEngine })));
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) console.log(`  axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join("; ")}`);
  const minor = results.violations.filter((v) => !bad.includes(v)).map((v) => `${v.id} (${v.impact})`);
  expect(bad.length === 0, `${where}: axe-core ${results.testEngine.version}: ${bad.length} serious or critical violation(s) over ${results.violations.length + results.passes.length} rules run${minor.length ? `; minor: ${minor.join(", ")}` : ""}`);
  return { serious: bad.length, minor };
}
