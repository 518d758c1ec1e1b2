// Disputed figures: every source's value on one topic, side by side; none is chosen for you.
import { clearRequests, offerCsv } from "./api.js";
import { claimTopics } from "./shared-data.js";
import { href } from "./state.js";
import { chart, table, labelledRows, dateAxis, widthOf } from "./charts.js";
import { dateText } from "./words.js";
import { day } from "./timeline.js";

const { Plot } = globalThis;

export async function drawClaims(panel, state, topicSelect, signal) {
  clearRequests(panel);
  // include=claims: every topic with every source's figure and quotes, in one request.
  const topics = await claimTopics(panel);
  signal?.throwIfAborted();
  topicSelect.replaceChildren(...topics.map((t) => new Option(`${t.title}${t.disagree ? " (sources disagree)" : ""}`, t.slug)));
  const slug = state.topic || (topics.find((t) => t.disagree) ?? topics[0])?.slug;
  const topic = topics.find((t) => t.slug === slug);
  if (!topic) return;
  topicSelect.value = slug;
  offerCsv(panel, `/claims?topic=${encodeURIComponent(slug)}&limit=500`, `claims-${slug}`);
  const rows = (topic.claims ?? []).map((c) => ({ ...c, by: `${c.source.outlet} (${dateText(c.source.publishedOn)})`,
    date: /^\d{4}-\d{2}-\d{2}/.test(c.valueText) ? day(c.valueText.slice(0, 10)) : null,
    link: href({ fact: `claim:${slug}:${c.id}`, quote: "" }) }));
  // Numbers on a linear axis, else dates on a time axis; figures in words stay in the table only.
  const numeric = rows.some((c) => c.valueNumeric !== null);
  const drawn = rows.filter((c) => (numeric ? c.valueNumeric !== null : c.date));
  const words = rows.filter((c) => !drawn.includes(c)).map((c) => `${c.by}: “${c.valueText}”`);
  const width = widthOf(panel);
  const layout = labelledRows(drawn, (c) => `${c.by}: ${c.valueText}`, width);
  chart(panel, drawn.length === 0 ? null : Plot.plot({
    width, height: layout.height, ...layout.margins,
    x: numeric ? { label: topic.unit, grid: true, zero: true, axis: "top", ticks: Math.max(2, Math.floor(width / 90)) } : dateAxis(drawn.map((c) => c.date), width),
    y: layout.y,
    marks: [
      ...layout.marks,
      Plot.dot(drawn, { x: numeric ? "valueNumeric" : "date", y: (_, i) => i, r: 7, fill: "#2166ac", href: "link", ariaLabel: (c) => `${c.by}: ${c.valueText}`, title: (c) => `${c.by}: ${c.valueText}` }),
    ],
  }), `${topic.title}: each source's figure`, "The values are words, not numbers or dates: compare them in the table.");
  panel.querySelector("[data-apart]").textContent = drawn.length > 0 && words.length > 0 ? `Not on the chart (in words): ${words.join("; ")}` : "";
  table(panel, ["source", "value", "qualifier", "unit", "as of", "quotes"], rows.map((c) => ({
    cells: [c.by, [c.valueText, c.link], c.qualifier ?? "", c.unit ?? "", c.asOf ? dateText(c.asOf) : "", [`${c.quotes.length} quote(s)`, c.link]],
  })), `${topic.title}: ${rows.length} figures from ${new Set(rows.map((c) => c.source.id)).size} sources`);
}
