// Talking to the API, and showing each panel the exact requests it made (and its CSV).

/** GET a documented endpoint of this origin; shows the request (as curl) in the panel. */
export async function get(panel, path, signal) {
  if (panel) showRequest(panel, path);
  const response = await fetch(path, { headers: { Accept: "application/json" }, signal });
  if (!response.ok) {
    // The API explains a refusal in a problem document (e.g. an actor alias that names several actors).
    const problem = await response.json().catch(() => null);
    throw new Error(`${problem?.detail ?? problem?.title ?? response.statusText} (${response.status} for ${path})`);
  }
  return response.json();
}

/** Every item of a list endpoint: follows nextCursor page by page (a bounded limit never hides the rest). */
export async function getAll(panel, path, signal) {
  const items = [];
  let page = await get(panel, path, signal);
  items.push(...page.items);
  while (page.nextCursor) {
    page = await get(panel, `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(page.nextCursor)}`, signal);
    items.push(...page.items);
  }
  return items;
}

/** Starts a new list of requests for a panel (a panel may make several). */
export function clearRequests(panel) {
  panel.querySelector("[data-request]").replaceChildren();
}

/** The panel's CSV link: the API's own CSV of the list it shows (`/events?x` becomes `/events.csv?x`). */
export function offerCsv(panel, path, name) {
  const [route, search = ""] = path.split("?");
  const params = new URLSearchParams(search);
  params.delete("include"); // JSON only: the CSV has no nested columns
  const link = panel.querySelector("a[data-csv]");
  link.href = `${route}.csv${params.size ? `?${params}` : ""}`;
  link.download = `${name}.csv`;
  link.hidden = false;
}

export function showRequest(panel, path) {
  const box = panel.querySelector("[data-request]");
  const curl = `curl '${new URL(path, location.origin).href}'`;
  const line = document.createElement("div");
  const code = Object.assign(document.createElement("code"), { textContent: `GET ${path}` });
  const copy = Object.assign(document.createElement("button"), { type: "button", textContent: "Copy as curl", title: curl });
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(curl);
      copy.textContent = "Copied";
    } catch {
      code.textContent = curl; // no clipboard: show it to select by hand
    }
  });
  line.append(code, " ", copy, " ", Object.assign(document.createElement("a"), { href: path, textContent: "open" }));
  box.append(line);
}

/** A query string built from pairs, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
