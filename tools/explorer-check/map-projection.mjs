// Is each map point where its coordinate falls on the basemap? The page declares the projection
// it drew the basemap with (data-projection on the map's <svg>: d3's spherical Mercator, scale and
// translate). This file projects every point's longitude/latitude with that formula on its own,
// maps the result to the screen with the SVG's transform, and compares it with the drawn point's
// centre; it also redraws a few basemap countries with the declared projection (through the
// page's own d3 and topojson) and compares their outlines, so the declaration cannot drift from
// the basemap. Points sharing a coordinate must share a position (a layout that pushes dots apart
// to avoid overlap puts them in the wrong place).

const mercator = ({ scale, translate: [tx, ty] }, [lon, lat]) => {
  const λ = (lon * Math.PI) / 180;
  const φ = (lat * Math.PI) / 180;
  return [tx + scale * λ, ty - scale * Math.log(Math.tan(Math.PI / 4 + φ / 2))];
};

export async function checkMapProjection(page, expect, tolerance = 3) {
  const seen = await page.evaluate(() => {
    const svg = document.querySelector("#map svg[data-projection]");
    const anySvg = document.querySelector("#map .chart svg");
    const points = [...document.querySelectorAll("#map .chart svg a")].map((a) => {
      const mark = a.querySelector("[data-lon]") ?? a.firstElementChild;
      const box = mark.getBoundingClientRect();
      return { lon: Number(mark.dataset.lon), lat: Number(mark.dataset.lat), label: mark.getAttribute("aria-label") ?? a.getAttribute("aria-label") ?? "",
        place: mark.dataset.place ?? (mark.getAttribute("aria-label") ?? "").split(", ").pop(), x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
    });
    if (!svg) return { declared: null, drawn: Boolean(anySvg), points };
    const m = svg.getScreenCTM();
    const labels = [...svg.querySelectorAll("[data-label-for]")].map((t) => ({ place: t.dataset.labelFor, box: t.getBoundingClientRect().toJSON() }));
    return { declared: JSON.parse(svg.dataset.projection), ctm: [m.a, m.b, m.c, m.d, m.e, m.f], points, labels };
  });
  expect(seen.points.length > 0, `map: ${seen.points.length} located point(s) drawn`);

  // Points at one coordinate (one place) must be drawn at one position.
  const byPlace = new Map();
  for (const p of seen.points) byPlace.set(p.place, [...(byPlace.get(p.place) ?? []), p]);
  const spread = [...byPlace].map(([place, ps]) => [place, Math.max(0, ...ps.map((p) => Math.hypot(p.x - ps[0].x, p.y - ps[0].y)))]);
  const apart = spread.filter(([, d]) => d > tolerance);
  expect(apart.length === 0, `map: points of one place drawn together${apart.length ? ` (apart: ${apart.map(([p, d]) => `${p} over ${Math.round(d)} px`).join(", ")})` : ""}`);

  if (!seen.declared) return expect(false, "map: the chart declares no projection (data-projection), so its points cannot be checked against the basemap");
  expect(seen.declared.type === "mercator" && !seen.declared.rotate?.some((r) => r !== 0), `map: projection ${seen.declared.type}, scale ${Math.round(seen.declared.scale)}`);
  const [a, b, c, d, e, f] = seen.ctm;
  const off = seen.points.map((p) => {
    const [x, y] = mercator(seen.declared, [p.lon, p.lat]);
    return { ...p, error: Math.hypot(a * x + c * y + e - p.x, b * x + d * y + f - p.y) };
  });
  const worst = off.reduce((w, p) => (p.error > w.error ? p : w), { error: 0 });
  expect(off.every((p) => Number.isFinite(p.error) && p.error <= tolerance),
    `map: every point within ${tolerance} px of its projected coordinate (worst ${worst.error.toFixed(2)} px: ${worst.label})`);

  // Each place's label sits at its dot (within 12 px of the dot's edge).
  const far = [...byPlace].filter(([place, [p]]) => {
    const box = seen.labels.find((l) => l.place === place)?.box;
    const near = 12 + p.r;
    return !box || p.x < box.x - near || p.x > box.x + box.width + near || p.y < box.y - near || p.y > box.y + box.height + near;
  }).map(([place]) => place);
  expect(far.length === 0, `map: every place labelled beside its dot${far.length ? ` (not: ${far.join(", ")})` : ""}`);

  // The basemap is drawn with the declared projection: redraw some countries and compare outlines.
  const basemap = await page.evaluate(async (declared) => {
    const { d3, topojson } = globalThis;
    const paths = [...document.querySelectorAll("#map svg path[data-country]")];
    const world = await (await fetch("vendor/countries-110m.json")).json();
    const features = new Map(topojson.feature(world, world.objects.countries).features.map((f) => [String(f.id), f]));
    const path = d3.geoPath(d3.geoMercator().scale(declared.scale).translate(declared.translate));
    const sample = paths.filter((p) => p.getAttribute("d")).slice(0, 20);
    return { total: paths.length, same: sample.filter((p) => path(features.get(p.dataset.country)) === p.getAttribute("d")).length, sampled: sample.length };
  }, seen.declared);
  expect(basemap.total > 50 && basemap.sampled > 0 && basemap.same === basemap.sampled,
    `map: basemap of ${basemap.total} countries drawn with the declared projection (${basemap.same} of ${basemap.sampled} redrawn identically)`);
}
