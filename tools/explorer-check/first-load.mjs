// A new visitor's first load: the browser's cache off, bytes as transferred (compressed, with
// headers), time from navigation start to the first drawn chart ("first-chart") and to every
// panel drawn ("explorer-ready"), both performance marks the page sets itself.
export async function measureFirstLoad(view, base, ready) {
  view.requests.clear();
  await view.setCache(false);
  await view.page.goto(`${base}/explore/`);
  await ready(view.page, "every panel drawn", () => document.body.dataset.ready === "true" && performance.getEntriesByName("explorer-ready").length > 0);
  const timing = await view.page.evaluate(() => ({ firstChart: performance.getEntriesByName("first-chart")[0]?.startTime, ready: performance.getEntriesByName("explorer-ready")[0]?.startTime }));
  const loads = [...view.requests.values()];
  await view.setCache(true);
  return { timing, loads, bytes: loads.reduce((sum, r) => sum + r.bytes, 0) };
}
