// What every panel shares: a chart made accessible and exportable, its legend, its table (the
// chart's text alternative), the list of what it could not draw, and labelled rows that fit any width.
const { Plot } = globalThis;

/** The width a chart is drawn at: its box's, so nothing scrolls sideways at 390 px. */
export const widthOf = (panel) => Math.max(280, Math.floor(panel.querySelector("[data-chart]").clientWidth || 960));

/**
 * Rows with their full label above the mark (wrapped, never cut), at any width: a y scale of one
 * point per row, the rows' height fitted to the longest label's lines. Returns the y scale, the
 * label mark, the height and the margins the labels were fitted to.
 */
export function labelledRows(rows, label, width) {
  // Plot wraps at lineWidth ems, counting about half an em a character; the labels span the
  // chart's inner width (its 12 px left and 24 px right margins off), with a tenth kept spare.
  const lineWidth = ((width - 36) / 12) * 0.9;
  const perLine = Math.floor(lineWidth / 0.5);
  const lines = Math.min(4, Math.max(1, ...rows.map((r) => Math.ceil(label(r).length / perLine))));
  const step = 24 + 15 * lines;
  return {
    // Room above the first row for its label's lines below the date axis.
    margins: { marginLeft: 12, marginRight: 24, marginTop: 24 + 15 * lines },
    y: { type: "point", axis: null, domain: rows.map((_, i) => i), padding: 0.5 },
    height: 30 + 15 * lines + step * rows.length,
    marks: [Plot.text(rows, { y: (_, i) => i, frameAnchor: "left", textAnchor: "start", lineAnchor: "bottom", dy: -11, text: label, lineWidth, fill: "#222" })],
  };
}

/**
 * A date axis that suits the dates and the width: whole days for spans of weeks (never hours),
 * else weeks, months or years, thinned so the labels (about 75 px each) do not collide. Steps
 * divide their calendar unit (1, 2, 3 or 6 months; never 5), so ticks fall alike every year.
 */
export function dateAxis(dates, width) {
  const { d3 } = globalThis;
  const days = Math.max(1, (Math.max(...dates) - Math.min(...dates)) / 864e5);
  const room = Math.max(2, Math.floor(width / 75));
  const choices = [[d3.utcDay, 1, 1, "%-d %b"], [d3.utcDay, 1, 2, "%-d %b"], [d3.utcWeek, 7, 1, "%-d %b"], [d3.utcWeek, 7, 2, "%-d %b"],
    [d3.utcMonth, 30.4, 1, "%b %Y"], [d3.utcMonth, 30.4, 2, "%b %Y"], [d3.utcMonth, 30.4, 3, "%b %Y"], [d3.utcMonth, 30.4, 6, "%b %Y"], [d3.utcYear, 365, 1, "%Y"]];
  const [unit, length, step, format] = choices.find(([, length, step]) => days / (length * step) <= room) ?? [d3.utcYear, 365, Math.ceil(days / 365 / room), "%Y"];
  return { type: "utc", label: null, grid: true, axis: "top", inset: 26, ticks: unit.every(step), tickFormat: d3.utcFormat(format) };
}

/** Puts a chart in its panel, described, with the first chart's time and an SVG download. */
export function chart(panel, svg, name, message = "") {
  const box = panel.querySelector("[data-chart]");
  if (!svg) return box.replaceChildren(paragraph(message || "Nothing to draw."));
  describe(svg, `${name} (the table below holds the same data)`);
  box.replaceChildren(svg);
  if (performance.getEntriesByName("first-chart").length === 0) performance.mark("first-chart");
  offerSvg(panel, svg, name);
}

/** A chart's accessible name; its links named by their mark; Plot's aria-labels on <g> (not allowed there) kept as data-mark. */
export function describe(svg, name) {
  svg.setAttribute("role", "figure");
  svg.setAttribute("aria-label", name);
  for (const g of svg.querySelectorAll("g[aria-label]")) {
    g.dataset.mark = g.getAttribute("aria-label");
    g.removeAttribute("aria-label");
    if (!g.querySelector("a")) g.setAttribute("aria-hidden", "true"); // decoration: the table says it in text
  }
  for (const a of svg.querySelectorAll("a")) {
    const label = a.querySelector("[aria-label]");
    if (label) a.setAttribute("aria-label", label.getAttribute("aria-label"));
  }
}

/** The link a Plot mark drew (Plot writes xlink:href). */
export const linkOf = (a) => a.getAttribute("href") ?? a.getAttributeNS(globalThis.d3.namespaces.xlink, "href") ?? "";

function offerSvg(panel, svg, name) {
  const button = panel.querySelector("button[data-export=svg]");
  button.hidden = false;
  button.onclick = () => {
    const copy = svg.cloneNode(true);
    copy.setAttribute("xmlns", globalThis.d3.namespaces.svg);
    copy.setAttribute("font-family", "system-ui, sans-serif");
    copy.setAttribute("font-size", "12");
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.svg` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
}

/** A legend of only what is drawn: [value, colour, symbol] entries, plus notes. */
export function legend(panel, title, entries, notes = []) {
  const box = panel.hasAttribute("data-legend") ? panel : panel.querySelector("[data-legend]");
  const items = entries.map(([value, colour, symbol]) => {
    const item = Object.assign(document.createElement("span"), { className: "key" });
    item.dataset.value = value;
    const swatch = Object.assign(document.createElement("span"), { className: "swatch", textContent: symbol ?? "●" });
    swatch.style.color = colour; // CSSOM, allowed by the CSP (no style attribute in markup)
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, ` ${value}`);
    return item;
  });
  box.replaceChildren(`${title}: `, ...items, ...notes.map((text) => Object.assign(document.createElement("span"), { textContent: text })));
}

/** Entries not drawn (no date, no place), listed with links. */
export function apart(panel, title, entries) {
  const box = panel.querySelector("[data-apart]");
  if (entries.length === 0) return box.replaceChildren();
  const list = document.createElement("ul");
  list.append(...entries.map(([text, link]) => element("li", {}, anchor(text, link))));
  box.replaceChildren(Object.assign(document.createElement("h3"), { textContent: `${title}: ${entries.length}` }), list);
}

/** The chart's data as a table; a row is its cells ([text, link] for a link) and optional data attributes. */
export function table(panel, columns, rows, caption = "") {
  const element = document.createElement("table");
  if (caption) element.createCaption().textContent = caption;
  element.createTHead().insertRow().append(...columns.map((c) => Object.assign(document.createElement("th"), { textContent: c, scope: "col" })));
  const body = element.createTBody();
  for (const { cells, data = {} } of rows) {
    const tr = body.insertRow();
    Object.assign(tr.dataset, data);
    for (const cell of cells) {
      const td = tr.insertCell();
      if (Array.isArray(cell)) td.append(anchor(...cell));
      else if (cell instanceof Node) td.append(cell);
      else td.append(String(cell));
    }
  }
  panel.querySelector("[data-table]").replaceChildren(element);
}

export const anchor = (text, link) => Object.assign(document.createElement("a"), { textContent: text, href: link });
export const paragraph = (text, className = "") => Object.assign(document.createElement("p"), { textContent: text, className });
export const element = (tag, properties = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
};
