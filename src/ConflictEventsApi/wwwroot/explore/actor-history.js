// An actor's history: every stance it took (with its organs and spokespeople), over time, toward
// whatever target, with kind, polarity and date precision; each opens its quote in the article.
import { get, getAll, query } from "./api.js";
import { href } from "./state.js";
import { element, labelledRows, dateAxis, legend, describe } from "./charts.js";
import { words, dateText, polarityWord, readable } from "./words.js";
import { allEvents, actors as actorList, sources as sourceList } from "./shared-data.js";
import { quoteLink } from "./evidence.js";
import { positionStyle } from "./positions.js";
import { day } from "./timeline.js";

const { Plot } = globalThis;

export async function actorHistory(panel, actorId, state, signal) {
  const [stances, events, actors, sources] = await Promise.all([
    getAll(panel, `/stances${query({ actor: actorId, limit: 500 })}`, signal), allEvents(panel), actorList(panel), sourceList(panel)]);
  const eventTitle = new Map(events.map((e) => [e.id, e.title]));
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const name = actorName.get(actorId) ?? stances[0]?.actorName ?? words(actorId);
  const target = (s) => ({
    event: () => eventTitle.get(s.targetEventId) ?? words(s.targetEventId),
    track: () => `the ${s.targetTrack} track`,
    actor: () => actorName.get(s.targetActorId) ?? words(s.targetActorId),
    participation: () => `${actorName.get(s.targetActorId) ?? words(s.targetActorId)} taking part in ${eventTitle.get(s.targetEventId) ?? words(s.targetEventId)}`,
  })[s.targetType]?.() ?? "";
  const rows = stances.map((s, i) => ({ ...s, n: i + 1, date: day(s.statedOn), side: polarityWord(s.polarity), link: href({ quote: String(i + 1) }),
    label: `${words(s.kind)}: ${target(s)}` }));
  // Offsets are on the stance's own page: asked for when a quote is opened, not for every stance.
  const quotes = rows.map((s) => ({ quote: s.quote, sourceId: s.sourceId,
    resolve: async (abort) => {
      const { citations } = await get(panel, `/stances/${encodeURIComponent(s.id)}`, abort);
      return citations.find((c) => c.quote === s.quote) ?? citations[0];
    } }));

  const box = element("section", { className: "history" });
  box.dataset.history = "";
  const placed = rows.filter((s) => s.date);
  const sides = ["for", "against", "neutral"].filter((p) => placed.some((s) => s.side === p));
  if (placed.length) {
    const width = Math.max(280, panel.querySelector("[data-quotes]").clientWidth || 400);
    const layout = labelledRows(placed, (s) => s.label, width);
    const svg = Plot.plot({
      width, height: layout.height, ...layout.margins, x: dateAxis(placed.map((s) => s.date), width), y: layout.y,
      color: { domain: sides, range: sides.map((p) => positionStyle[p][0]) }, symbol: { domain: sides, range: sides.map((p) => positionStyle[p][1]) },
      marks: [...layout.marks, Plot.dot(placed, { x: "date", y: (_, i) => i, symbol: "side", stroke: "side", fill: "side", r: 6, strokeWidth: 2, href: "link",
        ariaLabel: (s) => `${dateText(s.statedOn, s.statedPrecision)}: ${s.label} (${s.side})` })],
    });
    describe(svg, `${name}: ${placed.length} stances over time (listed below)`);
    const key = element("div", { className: "legend" });
    key.dataset.legend = "";
    legend(key, "Polarity", sides.map((p) => [p, positionStyle[p][0], positionStyle[p][2]]));
    box.append(key, svg);
  }
  box.append(element("ol", {}, ...rows.map((s) => {
    const li = element("li", { value: s.n },
      element("strong", { textContent: `${dateText(s.statedOn, s.statedPrecision)}: ${words(s.kind)} (${s.side})` }), ` toward ${target(s)}`,
      s.speakerName ? `, said by ${s.speakerName}` : "", s.condition ? `, on condition: ${readable(s.condition, sources)}` : "", " ", quoteLink(s, s.n, state));
    li.dataset.stance = s.id;
    return li;
  })));
  return { quotes, csv: { path: `/stances${query({ actor: actorId, limit: 500 })}`, label: "These stances (CSV)" }, parts: [element("h3", { textContent: `${name}: ${rows.length} ${rows.length === 1 ? "stance" : "stances"} over time` }), box] };
}
