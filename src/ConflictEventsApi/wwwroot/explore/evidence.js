// Evidence: what a fact rests on (an event, an actor's stances, a disputed figure), and any of its
// quotes in its article, marked at its stored offsets. `fact` says which; `quote` is a quote's
// number in the fact's list of quotes.
import { get, clearRequests, offerCsv } from "./api.js";
import { href } from "./state.js";
import { element } from "./charts.js";
import { dateText } from "./words.js";
import { eventEvidence } from "./event-evidence.js";
import { actorHistory } from "./actor-history.js";

export async function showEvidence(panel, state, signal) {
  clearRequests(panel);
  const box = panel.querySelector("[data-quotes]");
  const article = panel.querySelector("[data-article]");
  panel.querySelector("[data-empty]").hidden = Boolean(state.fact);
  panel.querySelector("a[data-csv]").hidden = true;
  if (!state.fact) {
    box.replaceChildren();
    article.replaceChildren();
    return;
  }
  const [kind, ...rest] = state.fact.split(":");
  const shown = kind === "event" ? await eventEvidence(panel, rest[0], state, signal)
    : kind === "position" ? await actorHistory(panel, rest[0], state, signal)
    : kind === "claim" ? await claimEvidence(panel, rest[0], rest[1], state, signal)
    : { parts: [element("p", { className: "warning", textContent: `Unknown fact ${state.fact}` })], quotes: [] };
  box.replaceChildren(...shown.parts);
  if (shown.csv) {
    offerCsv(panel, shown.csv.path, state.fact.replaceAll(":", "-"));
    panel.querySelector("a[data-csv]").textContent = shown.csv.label;
  }
  const chosen = shown.quotes[Number(state.quote) - 1];
  if (!chosen) return article.replaceChildren();
  const citation = chosen.resolve ? await chosen.resolve(signal) : chosen;
  const source = await get(panel, `/sources/${encodeURIComponent(citation.sourceId)}`, signal);
  showArticle(article, source, citation);
}

/** A link that opens quote number `n` (1-based) of the fact in its article; marked when it is open. */
export function quoteLink(quote, n, state) {
  const link = element("a", { href: href({ quote: String(n) }), textContent: `“${quote.quote}”` });
  link.dataset.quote = quote.quote;
  if (state.quote === String(n)) link.setAttribute("aria-current", "true");
  return link;
}

async function claimEvidence(panel, topic, id, state, signal) {
  const { claims } = await get(panel, `/claims/${encodeURIComponent(topic)}`, signal);
  const claim = claims.find((c) => c.id === id);
  if (!claim) return { parts: [element("p", { className: "warning", textContent: "No such figure." })], quotes: [] };
  const quotes = claim.quotes.map((q) => ({ ...q, sourceId: claim.source.id }));
  return {
    quotes,
    csv: { path: `/claims?topic=${encodeURIComponent(topic)}&limit=500`, label: "Every source's figure on this topic (CSV)" },
    parts: [
      element("h3", { textContent: `${claim.valueText}` }),
      element("p", { className: "byline", textContent: `${claim.source.outlet}, ${dateText(claim.source.publishedOn)}${claim.asOf ? ` · as of ${dateText(claim.asOf)}` : ""}` }),
      element("ol", {}, ...quotes.map((q, i) => element("li", {}, quoteLink(q, i + 1, state)))),
    ],
  };
}

/**
 * The article with the quote marked at its stored offsets. PostgreSQL counts characters (code
 * points) and JavaScript strings count UTF-16 units, so the text is cut by code points.
 */
function showArticle(article, source, quote) {
  const chars = Array.from(source.text);
  const end = quote.startOffset + quote.length;
  const marked = chars.slice(quote.startOffset, end).join("");
  const mark = element("mark", { textContent: marked, tabIndex: -1 });
  const byline = element("p", { className: "byline" },
    `${source.outlet ?? "unknown outlet"} · ${dateText(source.publishedOn, source.publishedPrecision)} · `,
    element("a", { href: `/sources/${encodeURIComponent(source.id)}`, textContent: "the article in the API" }), ` · characters ${quote.startOffset}–${end}`);
  const body = element("div", { className: "article-text" }, chars.slice(0, quote.startOffset).join(""), mark, chars.slice(end).join(""));
  const warning = marked === quote.quote ? [] : [element("p", { className: "warning", textContent: "The text at these offsets differs from the quote." })];
  article.replaceChildren(element("h3", { textContent: source.title }), byline, ...warning, body);
  mark.scrollIntoView({ block: "center" });
}
