// The API's vocabularies in words a reader uses, and curators' notes made readable.

/** A vocabulary value as words: "demands-participation" reads "demands participation", never just "for". */
export const words = (value) => String(value ?? "").replaceAll("-", " ");

export const polarityWord = (polarity) => ({ 1: "for", 0: "neutral", [-1]: "against" })[polarity] ?? "";

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2018-01-29" as "29 January 2018", with its precision when it is not a day ("about …", "week of …"). */
export function dateText(iso, precision = "day") {
  if (!iso) return "undated";
  const [y, m, d] = iso.split("-").map(Number);
  const text = `${d} ${months[m - 1]} ${y}`;
  return ({ day: text, week: `the week of ${text}`, month: `${months[m - 1]} ${y}`, year: String(y), approximate: `about ${text}`, reported: `by ${text} (first reported)` })[precision] ?? text;
}

export const rangeText = (start, end, precision) => (end && end !== start ? `${dateText(start, precision)} to ${dateText(end, precision)}` : dateText(start, precision));

/**
 * Curators cite articles by their corpus numbers ("(002)", "by 001", "(1002-1004)"); a reader knows
 * them by outlet. Numbers of a source in GET /sources (its corpusFile starts with them) become its
 * outlet; other numbers, and ranges, become "another report" / "later reports"; kebab-case ids in
 * brackets are dropped.
 */
export function readable(text, sources = []) {
  if (!text) return "";
  const outlet = new Map(sources.map((s) => [String(s.corpusFile ?? "").split("_")[0], s.outlet ?? "another report"]));
  const name = (id) => outlet.get(id) ?? "another report";
  return text
    .replace(/\b(0\d\d|10\d\d)\s*[-–]\s*(0\d\d|10\d\d)\b/g, "later reports")
    .replace(/(^|[\s(,])(0\d\d|10\d\d)\b(?![,.]?\d)/g, (_, before, id) => `${before}${name(id)}`)
    .replace(/\s*\((?:[a-z0-9]+-)+[a-z0-9]+(?:,\s*(?:[a-z0-9]+-)+[a-z0-9]+)*\)/g, "");
}
