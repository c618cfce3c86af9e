// What search costs in bytes and requests: the header box as a person types
// into it, and the search page opened with a query in its address. Used by
// scripts/bench.mjs; `node scripts/bench/search-bytes.mjs` runs it alone
// against the dist/ that is there and lists every file fetched.
import { pathToFileURL } from "node:url";
import { launchBrowser, markdownTable, serveSite, size, wireSize } from "./support.mjs";

/** Queries of different kinds for the header box: a name, an old name, a vendor phrase, a constant, a message. */
export const headerQueries = [
  "rate limit",
  "payload too large",
  "cloudflare timeout occurred",
  "StatusTooManyRequests",
  "upstream timed out",
  "404",
];

/** Full-text queries for the search page, as a code page's "search" link or a shared link would open it. */
export const pageQueries = ["teapot", "retry after header"];

/** Targets from the issue, in bytes (gzip as sent). */
export const byteTargets = { headerBox: 40 * 1024, page1: 120 * 1024, page3: 160 * 1024 };

/** Files fetched, as `{ requests, bytes, files }`. */
const tally = (files) => ({ requests: files.length, bytes: files.reduce((a, f) => a + f.bytes, 0), files });

/** Records every response with the bytes a host would send for it. */
export function recordTransfers(page) {
  const sizes = [];
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    sizes.push(
      response.body().then(
        (body) => ({ path, bytes: wireSize(body, response.headers()["content-type"]) }),
        () => ({ path, bytes: 0 }), // redirects have no body
      ),
    );
  });
  return {
    count: () => sizes.length,
    settled: async () => tally(await Promise.all(sizes)),
    reset: () => sizes.splice(0),
  };
}

/** Waits until no new response has arrived for half a second. */
export async function networkQuiet(page, transfers) {
  let seen = -1;
  while (seen !== transfers.count()) {
    seen = transfers.count();
    await page.waitForTimeout(500);
  }
}

/**
 * The header box on a code page: everything fetched from focusing the box
 * through typing the query key by key until the network is quiet.
 */
export async function measureHeaderBox(browser, siteUrl, query) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${siteUrl}codes/200/`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const transfers = recordTransfers(page);
  const box = page.getByRole("banner").getByLabel("Search status codes");
  await box.pressSequentially(query, { delay: 60 });
  await page.getByRole("listbox", { name: "Search results" }).waitFor();
  await networkQuiet(page, transfers);
  const result = await transfers.settled();
  await context.close();
  return result;
}

/**
 * The search page opened with `?q=`: the page itself and everything it fetches until the network is quiet,
 * counted as the host sent it (a file the browser had cached costs nothing, a revalidated one only its request).
 * `from: "code page"` opens a code page first, as the issue measures it, so the stylesheet and script every page
 * shares are cached; `from: "nowhere"` is a first visit to the site.
 */
export async function measureSearchPage(browser, server, query, { from = "code page" } = {}) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  if (from === "code page") {
    await page.goto(`${server.url}codes/200/`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
  }
  const transfers = recordTransfers(page);
  server.forget();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
  // The list stays busy until the full-text results are merged in.
  await page.locator("[data-testid=search-results][aria-busy=false]").waitFor();
  await networkQuiet(page, transfers);
  const files = server.sent().map(({ file, bytes }) => ({ path: `/${file}`, bytes }));
  await context.close();
  return tally(files);
}

/** Every measurement, for the summary table of scripts/bench.mjs. */
export async function runByteBench(browser, server) {
  const header = [];
  for (const query of headerQueries) header.push({ query, ...(await measureHeaderBox(browser, server.url, query)) });
  const pages = [];
  for (const from of ["code page", "nowhere"]) {
    for (const query of pageQueries) {
      pages.push({ query, from, ...(await measureSearchPage(browser, server, query, { from })) });
    }
  }
  return { header, pages };
}

async function main() {
  const server = await serveSite();
  const browser = await launchBrowser();
  try {
    const { header, pages } = await runByteBench(browser, server);
    const rows = [
      ...header.map((m) => [`Header box: “${m.query}” typed`, size(m.bytes), m.requests]),
      ...pages.map((m) => [`Search page: /search/?q=${m.query}, from ${m.from}`, size(m.bytes), m.requests]),
    ];
    console.log(markdownTable(["Measure", "Bytes (gzip)", "Requests"], rows));
    for (const m of [...header, ...pages]) {
      console.log(`\n${m.query}${m.from ? `, from ${m.from}` : ""}:`);
      for (const f of m.files) console.log(`  ${size(f.bytes).padStart(9)}  ${f.path}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
