// Talking to the API, and showing each panel the exact requests it made.

/** GET a documented endpoint of this origin; shows the request (as curl) in the panel. */
export async function get(panel, path) {
  if (panel) showRequest(panel, path);
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${path}`);
  return response.json();
}

/** Starts a new list of requests for a panel (a panel may make several). */
export function clearRequests(panel) {
  panel.querySelector("[data-request]").replaceChildren();
}

function showRequest(panel, path) {
  const box = panel.querySelector("[data-request]");
  const url = new URL(path, location.origin).href;
  const curl = `curl '${url}'`;
  const line = document.createElement("div");
  const code = document.createElement("code");
  code.textContent = `GET ${path}`;
  const copy = document.createElement("button");
  copy.type = "button";
  copy.textContent = "Copy as curl";
  copy.title = curl;
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(curl);
      copy.textContent = "Copied";
    } catch {
      code.textContent = curl; // no clipboard: show it to select by hand
    }
  });
  const open = document.createElement("a");
  open.href = path;
  open.textContent = "open";
  line.append(code, " ", copy, " ", open);
  box.append(line);
}

/** A query string built from pairs, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
