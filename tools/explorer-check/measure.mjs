// Page weight and time to first chart of a running API's explorer, N times (docs/performance.md):
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
  const api = loads.filter((r) => !new URL(r.url).pathname.startsWith("/explore")).length;
  console.log(`first chart ${Math.round(timing.firstChart)} ms, all panels ${Math.round(timing.ready)} ms, ${loads.length} requests (${api} to the API), ${bytes} bytes`);
}
await browser.close();
if (problems.length) console.log(`seen on the way: ${problems.join("; ")}`);
