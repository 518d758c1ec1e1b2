// Page weight, time to first chart and a click's time to its evidence, N times (docs/performance.md):
//   node measure.mjs <api-base-url> <chromium> [runs]
// The first load is not counted: it warms the API (each endpoint compiles on first use).
import { launch, openPage } from "./browser.mjs";
import { measureFirstLoad } from "./first-load.mjs";

const [base, executablePath, runs = "5"] = process.argv.slice(2);
const problems = [];
const browser = await launch(executablePath);
const view = await openPage(browser, { width: 1400, height: 1000, origin: new URL(base).origin, fail: (m) => problems.push(m) });
const ready = (page, what, condition) => page.waitForFunction(condition, null, { timeout: 20000 });
await measureFirstLoad(view, base, ready);
for (let i = 0; i < Number(runs); i++) {
  const { timing, loads, bytes } = await measureFirstLoad(view, base, ready);
  const api = loads.filter((r) => r.url.startsWith(base) && !new URL(r.url).pathname.startsWith("/explore")).length;
  console.log(`first chart ${Math.round(timing.firstChart)} ms, all panels ${Math.round(timing.ready)} ms, ${loads.length} requests (${api} to the API), ${bytes} bytes, ` +
    `a click on the congress to its quotes ${await clickToEvidence(view.page)} ms`);
}

/** From a click on the congress in the timeline to its quotes listed (polling: a page that reloads destroys an evaluation). */
async function clickToEvidence(page) {
  const index = await page.evaluate(() => [...document.querySelectorAll("#timeline .chart svg a")]
    .findIndex((a) => (a.getAttribute("href") ?? a.getAttribute("xlink:href") ?? "").includes("congress-of-syrian-national-dialogue")));
  const start = Date.now();
  await page.locator("#timeline .chart svg a").nth(index).click();
  for (;;) {
    const shown = await page.evaluate(() => document.body.dataset.ready === "true" && document.querySelectorAll("#evidence [data-quotes] a").length > 0).catch(() => false);
    if (shown) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 20));
  }
}
await browser.close();
if (problems.length) console.log(`seen on the way: ${problems.join("; ")}`);
