// An event's evidence: its card (dates, status, place, summary, earlier plans), its participants
// by role (each with its quotes), the stances toward it and the figures about it (folded), then
// every quote grouped by source, each quote once.
import { get, getAll } from "./api.js";
import { href } from "./state.js";
import { element } from "./charts.js";
import { words, dateText, rangeText, readable, polarityWord } from "./words.js";
import { sources as sourceList, actors as actorList, claimTopics } from "./shared-data.js";
import { quoteLink } from "./evidence.js";

const roleOrder = ["host", "sponsor", "mediator", "invited", "not-invited", "expected", "attended", "declined", "boycotted", "did-not-attend", "signatory", "speaker", "subject"];

export async function eventEvidence(panel, id, state, signal) {
  const path = `/events/${encodeURIComponent(id)}`;
  const [detail, participants, sources, actors, topics] = await Promise.all([
    get(panel, path, signal), getAll(panel, `${path}/participants`, signal), sourceList(panel), actorList(panel), claimTopics(panel)]);
  const { event } = detail;
  // One list of quotes: the event's citations and its participants', each (source, offset, length) once.
  const key = (c) => `${c.sourceId}|${c.startOffset}|${c.length}`;
  const unique = new Map();
  for (const c of [...detail.citations, ...participants.flatMap((p) => p.citations)]) if (!unique.has(key(c))) unique.set(key(c), c);
  const bySource = [...groupBy([...unique.values()], (c) => c.sourceId)]
    .sort(([, a], [, b]) => (a[0].publishedOn ?? "").localeCompare(b[0].publishedOn ?? ""));
  const quotes = bySource.flatMap(([, cs]) => cs.sort((a, b) => a.startOffset - b.startOffset));
  const number = new Map(quotes.map((c, i) => [key(c), i + 1]));

  const card = element("div", { className: "card" },
    element("h3", { textContent: event.title }),
    element("p", { className: "facts", textContent: [words(event.kind), event.status, event.startDate ? rangeText(event.startDate, event.endDate, event.datePrecision) : "undated",
      event.place ? `${event.place}${event.countryCode ? ` (${event.countryCode})` : ""}` : "no location"].join(" · ") }),
    element("p", { textContent: readable(event.summary, sources) }));
  card.dataset.card = "";
  const plans = (detail.schedules ?? []).filter((s) => s.startDate);
  if (plans.length > 1) card.append(element("p", { textContent: `Planned dates: ${plans.map((s) => `${rangeText(s.startDate, s.endDate, s.datePrecision)} (announced ${dateText(s.announcedOn)}, ${s.status})`).join("; ")}` }));

  const roles = roleOrder.filter((r) => participants.some((p) => p.role === r));
  const people = element("section", { className: "participants" }, element("h4", { textContent: `Participants by role: ${participants.length}` }),
    ...roles.map((role) => {
      const group = element("div", {}, element("h5", { textContent: `${words(role)} (${participants.filter((p) => p.role === role).length})` }),
        element("ul", {}, ...participants.filter((p) => p.role === role).map((p) => element("li", {},
          element("a", { href: href({ fact: `position:${p.actorId}`, quote: "" }), textContent: p.actorName }),
          p.note ? ` — ${readable(p.note, sources)} ` : " ",
          ...p.citations.flatMap((c) => [quoteNumber(c, number.get(key(c)), state), " "])))));
      group.dataset.role = role;
      return group;
    }));
  people.dataset.participants = "";

  // What else rests on the event, folded: the stances toward it and the figures the sources state differently.
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const tally = ["for", "against", "neutral"].map((side) => `${side} ${detail.stances.filter((st) => polarityWord(st.polarity) === side).length}`).join(" · ");
  const stances = element("details", {}, element("summary", { textContent: `Stances toward it: ${detail.stances.length} (${tally})` }),
    element("ul", {}, ...detail.stances.map((st) => element("li", {},
      element("a", { href: href({ fact: `position:${st.actorId}`, quote: "" }), textContent: actorName.get(st.actorId) ?? words(st.actorId) }),
      ` ${words(st.kind)} (${polarityWord(st.polarity)}), ${dateText(st.statedOn)}`))));
  const topicTitle = new Map(topics.map((t) => [t.slug, t.title]));
  const figures = element("details", {}, element("summary", { textContent: `Figures about it: ${detail.claims.length} on ${new Set(detail.claims.map((c) => c.topic)).size} topics` }),
    element("ul", {}, ...detail.claims.map((c) => element("li", {}, `${topicTitle.get(c.topic) ?? words(c.topic)}: `,
      element("a", { href: href({ fact: `claim:${c.topic}:${c.id}`, quote: "" }), textContent: c.valueText })))));

  const groups = bySource.map(([sourceId, cs]) => {
    const first = cs[0];
    const group = element("section", { className: "source-group" },
      element("h5", { textContent: `${first.outlet ?? "unknown outlet"}, ${dateText(first.publishedOn)}: ${first.sourceTitle ?? ""} (${cs.length})` }),
      element("ol", {}, ...cs.map((c) => element("li", { value: number.get(key(c)) }, quoteLink(c, number.get(key(c)), state), c.supports ? ` (${words(c.supports)})` : ""))));
    group.dataset.sourceGroup = sourceId;
    return group;
  });
  return { quotes, csv: { path: `${path}/participants`, label: "Participants with their quotes (CSV)" }, parts: [card, people, ...(detail.stances.length ? [stances] : []), ...(detail.claims.length ? [figures] : []), element("h4", { textContent: `Quotes by source: ${quotes.length} from ${groups.length} articles` }), ...groups] };
}

/** A short link to quote n (the full quote is listed under its source). */
function quoteNumber(citation, n, state) {
  const link = element("a", { href: href({ quote: String(n) }), textContent: `[${n}]`, title: `“${citation.quote}”` });
  link.dataset.quote = citation.quote;
  if (state.quote === String(n)) link.setAttribute("aria-current", "true");
  return link;
}

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
