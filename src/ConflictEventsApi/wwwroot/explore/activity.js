// Activity by month: how many events start and how many stances are stated each month (stances by
// polarity toward their target), from the API's two time series; the date filters apply. Each bar
// carries its symbol and count, so the series are told apart without colour.
import { clearRequests, getAll, offerCsv, query } from "./api.js";
import { chart, legend, table, widthOf } from "./charts.js";
import { positionStyle } from "./positions.js";

const { Plot, d3 } = globalThis;
const series = [["events", "#8c8c8c", "■"], ...["for", "against", "neutral"].map((p) => [`stances ${p}`, positionStyle[p][0], positionStyle[p][2]])];

export async function drawActivity(panel, state, signal) {
  clearRequests(panel);
  const range = { track: state.track, from: state.from, to: state.to };
  const stancesPath = `/stats/stances${query({ groupBy: "polarity", bucket: "month", ...range })}`;
  const [events, stances] = await Promise.all([getAll(panel, `/stats/events${query({ bucket: "month", ...range })}`, signal), getAll(panel, stancesPath, signal)]);
  offerCsv(panel, stancesPath, `stances-by-month-${state.track}`);
  const periods = [...new Set([...events, ...stances].map((r) => r.period))].sort();
  const count = (period, name) => (name === "events"
    ? d3.sum(events.filter((r) => r.period === period), (r) => r.count)
    : d3.sum(stances.filter((r) => r.period === period && `stances ${r.label}` === name), (r) => r.count));
  const rows = periods.flatMap((period) => series.map(([name]) => ({ period, month: d3.utcFormat("%b %Y")(new Date(`${period}T00:00:00Z`)), name, count: count(period, name) })));
  const shown = series.filter(([name]) => rows.some((r) => r.name === name && r.count > 0));
  legend(panel, "Bars", shown.map(([name, colour, symbol]) => [name, colour, symbol]));
  const symbol = new Map(series.map(([name, , s]) => [name, s]));
  const names = shown.map(([name]) => name);
  const drawn = rows.filter((r) => names.includes(r.name));
  const width = widthOf(panel);
  chart(panel, drawn.length === 0 ? null : Plot.plot({
    width, height: 280, marginLeft: 36, marginTop: 24, marginBottom: 36,
    fx: { label: null, domain: periods.map((p) => d3.utcFormat("%b %Y")(new Date(`${p}T00:00:00Z`))), padding: 0.15 },
    x: { axis: null, domain: names, padding: 0.1 },
    y: { label: "count", grid: true, ticks: 4 },
    color: { domain: names, range: shown.map(([, colour]) => colour) },
    marks: [
      Plot.barY(drawn, { fx: "month", x: "name", y: "count", fill: "name", title: (r) => `${r.month}: ${r.count} ${r.name}` }),
      Plot.text(drawn.filter((r) => r.count > 0), { fx: "month", x: "name", y: "count", text: (r) => `${symbol.get(r.name)}${r.count}`, dy: -8, fill: "#222" }),
      Plot.ruleY([0]),
    ],
  }), `Events and stances per month, ${state.track} track`, "Nothing dated in this range.");
  table(panel, ["month", ...names], periods.map((period) => ({
    cells: [d3.utcFormat("%B %Y")(new Date(`${period}T00:00:00Z`)), ...names.map((name) => count(period, name))],
  })), `Events starting and stances stated per month`);
}
