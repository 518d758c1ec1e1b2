// Positions: each actor's position toward the track or one of its events (the latest of its stances
// toward it decides), with the kind of those deciding stances in words: "demands participation" is
// not plain support. Shape and colour both tell the position apart.
import { clearRequests, getAll, offerCsv, query } from "./api.js";
import { trackEvents } from "./shared-data.js";
import { href } from "./state.js";
import { chart, legend, table, labelledRows, dateAxis, widthOf, linkOf, element } from "./charts.js";
import { words, dateText } from "./words.js";
import { day } from "./timeline.js";

const { Plot } = globalThis;
export const positionStyle = {
  for: ["#2166ac", "triangle", "▲"], against: ["#b2182b", "times", "✕"], neutral: ["#666666", "circle", "●"], mixed: ["#7b3294", "diamond", "◆"],
};

export function positionsPath(state) {
  const target = state.target ? `/events/${encodeURIComponent(state.target)}` : `/tracks/${encodeURIComponent(state.track)}`;
  return `${target}/positions${query({ rollup: state.rollup })}`;
}

export async function drawPositions(panel, state, targetSelect, signal) {
  clearRequests(panel);
  const [events, positions, stances] = await Promise.all([
    trackEvents(panel, state.track),
    // Follows nextCursor: positions may come in pages (keyset paging), like every list.
    getAll(panel, positionsPath(state), signal),
    // The kinds of the deciding stances: the track's stances in one list, not one request per stance.
    getAll(panel, `/stances${query({ track: state.track, limit: 500 })}`, signal),
  ]);
  offerCsv(panel, positionsPath(state), `positions-${state.target || state.track}`);
  targetSelect.replaceChildren(new Option(`the whole track (${state.track})`, ""), ...events.map((e) => new Option(e.title, e.id)));
  targetSelect.value = state.target;
  const titles = new Map(events.map((e) => [e.id, e.title]));
  const kindOf = new Map(stances.map((s) => [s.id, s.kind]));
  const order = Object.keys(positionStyle);
  const rows = positions.map((p) => ({
    ...p, date: day(p.lastStatedOn ?? p.firstStatedOn), link: href({ fact: `position:${p.actorId}`, quote: "" }),
    kinds: [...new Set(p.decidingStanceIds.map((id) => words(kindOf.get(id))).filter(Boolean))].join(", "),
  })).sort((a, b) => order.indexOf(a.position) - order.indexOf(b.position) || (a.date ?? 0) - (b.date ?? 0) || a.actorName.localeCompare(b.actorName));
  const shown = order.filter((p) => rows.some((r) => r.position === p));
  legend(panel, "Position", shown.map((p) => [p, positionStyle[p][0], positionStyle[p][2]]),
    [`${rows.length} actors: ${shown.map((p) => `${p} ${rows.filter((r) => r.position === p).length}`).join(" · ")}`]);

  const placed = rows.filter((p) => p.date);
  const width = widthOf(panel);
  const label = (p) => `${p.actorName}: ${p.position}${p.kinds ? ` (${p.kinds})` : ""}`;
  const layout = labelledRows(placed, label, width);
  const svg = placed.length === 0 ? null : Plot.plot({
    width, height: layout.height, ...layout.margins,
    x: dateAxis(placed.map((p) => p.date), width), y: layout.y,
    color: { domain: shown, range: shown.map((p) => positionStyle[p][0]) },
    symbol: { domain: shown, range: shown.map((p) => positionStyle[p][1]) },
    marks: [
      ...layout.marks,
      Plot.dot(placed, { x: "date", y: (_, i) => i, symbol: "position", stroke: "position", fill: "position", r: 7, strokeWidth: 2.5, href: "link",
        ariaLabel: (p) => `${label(p)}, last stated ${dateText(p.lastStatedOn)}`, title: (p) => `${label(p)}\n${p.stanceIds.length} stance(s), last ${dateText(p.lastStatedOn)}` }),
    ],
  });
  const byLink = new Map(placed.map((p) => [p.link, p]));
  for (const a of svg?.querySelectorAll("a") ?? []) {
    const p = byLink.get(linkOf(a));
    a.dataset.actor = p?.actorId ?? "";
    a.firstElementChild.dataset.position = p?.position ?? "";
  }
  const toward = state.target ? titles.get(state.target) ?? state.target : `the ${state.track} track`;
  chart(panel, svg, `Positions toward ${toward}: ${placed.length} actors`);
  table(panel, ["actor", "position", "deciding stance", "first stated", "last stated", "stances", "roles"], rows.map((p) => ({
    data: { actor: p.actorId },
    cells: [[p.actorName, p.link], p.position, kindsCell(p.kinds),
      dateText(p.firstStatedOn), dateText(p.lastStatedOn), p.stanceIds.length, p.roles.map((r) => `${words(r.role)}: ${titles.get(r.eventId) ?? words(r.eventId)}`).join("; ")],
  })), `Positions toward ${toward}`);
}

function kindsCell(text) {
  const span = element("span", { textContent: text });
  span.dataset.kinds = "";
  return span;
}
