// Debian's Chromium driven by playwright-core (no browser download), and what a page does in it:
// console errors, exceptions, failed or foreign requests, and bytes on the wire as the DevTools
// protocol counts them (encodedDataLength: compressed body and headers, as transferred).
import { chromium } from "playwright-core";

export async function launch(executablePath) {
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/** A page at the given width that reports into `fail`, with its network counted. */
export async function openPage(browser, { width, height, origin, fail }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  page.on("console", (message) => {
    if (["error", "warning", "assert"].includes(message.type())) fail(`console ${message.type()} at ${width}px: ${message.text()}`);
  });
  page.on("pageerror", (error) => fail(`exception at ${width}px: ${error.message}`));
  cdp.on("Network.requestWillBeSent", ({ requestId, request }) => {
    if (!request.url.startsWith("data:") && !request.url.startsWith("blob:") && new URL(request.url).origin !== origin)
      fail(`request outside the API's origin: ${request.url}`);
    requests.set(requestId, { url: request.url, bytes: 0, status: 0, document: false });
  });
  cdp.on("Network.responseReceived", ({ requestId, response, type }) => {
    const entry = requests.get(requestId);
    if (!entry) return;
    entry.status = response.status;
    entry.document = type === "Document";
    if (response.status >= 400) fail(`${response.status} for ${response.url}`);
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    if (requests.has(requestId)) requests.get(requestId).bytes = encodedDataLength;
  });
  cdp.on("Network.loadingFailed", ({ requestId, errorText, canceled }) => {
    // A request the page aborts itself (a view replaced before its data came) is not a failure.
    if (!canceled && errorText !== "net::ERR_ABORTED") fail(`request failed: ${requests.get(requestId)?.url} ${errorText}`);
  });
  await cdp.send("Network.enable");
  return {
    page,
    requests,
    setCache: (enabled) => cdp.send("Network.setCacheDisabled", { cacheDisabled: !enabled }),
    close: () => context.close(),
  };
}
