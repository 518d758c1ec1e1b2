// Search results: the API's full-text search (q) over events (titles, summaries, quotes citing
// them) and stances (summaries and quotes), within the track and the filters.
import { clearRequests, getAll, offerCsv, query } from "./api.js";
import { href } from "./state.js";
import { element, anchor } from "./charts.js";
import { words, dateText, polarityWord } from "./words.js";
import { eventLink } from "./timeline.js";

export async function drawResults(panel, state, signal) {
  panel.hidden = !state.q;
  clearRequests(panel);
  const box = panel.querySelector("[data-results]");
  if (!state.q) return box.replaceChildren();
  panel.querySelector("[data-query]").textContent = `“${state.q}”`;
  const eventsPath = `/events${query({ q: state.q, track: state.track, kind: state.kind, status: state.status, from: state.from, to: state.to, actor: state.actor, limit: 500 })}`;
  const stancesPath = `/stances${query({ q: state.q, track: state.track, from: state.from, to: state.to, actor: state.actor, limit: 500 })}`;
  const [events, stances] = await Promise.all([getAll(panel, eventsPath, signal), getAll(panel, stancesPath, signal)]);
  offerCsv(panel, stancesPath, `stances-${state.q}`);
  const item = (kind, link, title, detail) => {
    const li = element("li", {}, anchor(title, link), ` — ${detail}`);
    li.dataset.result = kind;
    return li;
  };
  box.replaceChildren(
    element("h3", { textContent: `Events: ${events.length}` }),
    element("ul", {}, ...events.map((e) => item("event", eventLink(e.id), e.title, `${dateText(e.startDate, e.datePrecision)}, ${e.status}`))),
    element("h3", { textContent: `Stances: ${stances.length}` }),
    element("ul", {}, ...stances.map((s) => item("stance", href({ fact: `position:${s.actorId}`, quote: "" }), `${s.actorName} ${words(s.kind)}`,
      `${polarityWord(s.polarity)}, ${dateText(s.statedOn, s.statedPrecision)}: “${s.quote}”`))),
  );
}
