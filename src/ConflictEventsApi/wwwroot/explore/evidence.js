// Evidence: the quotes behind a fact (an event, a position, a claim), and each quote in its article.
import { get, clearRequests } from "./api.js";
import { positionsPath } from "./panels.js";
import { href } from "./state.js";

/** Shows the quotes of `state.fact` and, when `state.quote` is set, that quote in its article. */
export async function showEvidence(panel, state) {
  clearRequests(panel);
  const quotesBox = panel.querySelector("[data-quotes]");
  const article = panel.querySelector("[data-article]");
  panel.querySelector("[data-empty]").hidden = Boolean(state.fact);
  if (!state.fact) {
    quotesBox.replaceChildren();
    article.replaceChildren();
    return;
  }
  const { title, quotes } = await quotesOf(panel, state);
  const list = document.createElement("ol");
  list.append(...quotes.map((q, i) => {
    const li = document.createElement("li");
    const link = Object.assign(document.createElement("a"), { href: href({ quote: String(i + 1) }), textContent: `“${q.quote}”` });
    if (state.quote === String(i + 1)) link.setAttribute("aria-current", "true");
    li.append(link, ` — ${q.outlet ?? q.sourceId}, ${q.publishedOn ?? "undated"}${q.about ? ` (${q.about})` : ""}`);
    return li;
  }));
  quotesBox.replaceChildren(Object.assign(document.createElement("h3"), { textContent: `${title}: ${quotes.length} quote(s)` }), list);

  const chosen = quotes[Number(state.quote) - 1];
  if (!chosen) {
    article.replaceChildren();
    return;
  }
  const source = await get(panel, `/sources/${encodeURIComponent(chosen.sourceId)}`);
  showArticle(article, source, chosen);
}

/** The quotes of one fact, each with its source and offsets. */
async function quotesOf(panel, state) {
  const [kind, ...rest] = state.fact.split(":");
  if (kind === "event") {
    const detail = await get(panel, `/events/${encodeURIComponent(rest[0])}`);
    return { title: detail.event.title, quotes: detail.citations.map((c) => ({ ...c, about: c.supports })) };
  }
  if (kind === "position") {
    // The actor's row in the same positions request as the panel, then its stances, deciding ones first.
    const row = (await get(panel, positionsPath(state))).items.find((p) => p.actorId === rest[0]);
    if (!row) return { title: `No position for ${rest[0]}`, quotes: [] };
    const ids = [...row.decidingStanceIds, ...row.stanceIds.filter((id) => !row.decidingStanceIds.includes(id))];
    const stances = await Promise.all(ids.map((id) => get(panel, `/stances/${encodeURIComponent(id)}`)));
    return {
      title: `${row.actorName}: ${row.position}`,
      quotes: stances.flatMap(({ stance, citations }) => citations.map((c) => ({ ...c, about: `${stance.kind}, ${stance.statedOn ?? "undated"}` }))),
    };
  }
  if (kind === "claim") {
    const [topic, id] = rest;
    const { claims } = await get(panel, `/claims/${encodeURIComponent(topic)}`);
    const claim = claims.find((c) => c.id === id);
    if (!claim) return { title: `No claim ${id}`, quotes: [] };
    return {
      title: `${claim.valueText} (${claim.source.outlet})`,
      quotes: claim.quotes.map((q) => ({ ...q, sourceId: claim.source.id, outlet: claim.source.outlet, publishedOn: claim.source.publishedOn })),
    };
  }
  return { title: `Unknown fact ${state.fact}`, quotes: [] };
}

/**
 * The article with the quote marked at its stored offsets. PostgreSQL counts characters (code
 * points) and JavaScript strings count UTF-16 units, so the text is cut by code points.
 */
function showArticle(article, source, quote) {
  const chars = Array.from(source.text);
  const before = chars.slice(0, quote.startOffset).join("");
  const marked = chars.slice(quote.startOffset, quote.startOffset + quote.length).join("");
  const after = chars.slice(quote.startOffset + quote.length).join("");
  const heading = Object.assign(document.createElement("h3"), { textContent: source.title });
  const byline = document.createElement("p");
  byline.className = "byline";
  const link = Object.assign(document.createElement("a"), { href: `/sources/${encodeURIComponent(source.id)}`, textContent: `/sources/${source.id}` });
  byline.append(`${source.outlet ?? "unknown outlet"} · ${source.publishedOn ?? "undated"}${source.publishedPrecision && source.publishedPrecision !== "day" ? ` (${source.publishedPrecision})` : ""} · `, link,
    ` · characters ${quote.startOffset}–${quote.startOffset + quote.length}`);
  const body = document.createElement("div");
  body.className = "article-text";
  const mark = Object.assign(document.createElement("mark"), { textContent: marked, tabIndex: -1 });
  body.append(before, mark, after);
  const parts = [heading, byline];
  if (marked !== quote.quote) parts.push(Object.assign(document.createElement("p"), { className: "warning", textContent: "The text at these offsets differs from the quote." }));
  article.replaceChildren(...parts, body);
  mark.scrollIntoView({ block: "center" });
}
