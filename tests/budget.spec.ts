import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";
import { serveSite } from "../scripts/bench/support.mjs";
import { builtPages, dist, workerReady } from "./support";

/** The code page with the most HTML in this build: the longest `messages` lists make the heaviest pages. */
const heaviestCodePage = builtPages
  .filter((path) => /^codes\/\d{3}\/$/.test(path))
  .map((path) => ({ path, bytes: gzipSync(readFileSync(join(dist, path, "index.html")), { level: 6 }).length }))
  .reduce((heaviest, page) => (page.bytes > heaviest.bytes ? page : heaviest)).path;

/**
 * Size budgets per page type, in gzip bytes as a host sends them, set a little over the sizes measured when
 * they were last changed (issue 12). A page's first visit stays under 14 KB; code pages with long `messages` lists
 * stay under 15 KB, which the heaviest of them, found in the build, is held to. No page runs more than 2.5 KB of
 * JavaScript before the visitor does anything.
 * - HTML: the home page lists every code (about 4.7 KB); the index adds every summary (about 8.9 KB).
 * - CSS: every page shares one stylesheet (about 2.6 KB, budgeted below); each kind of page adds its own
 *   small one: the home page's glance, the index and class tables, or the article styles of code pages.
 * - JavaScript: the site script is about 1.3 KB; pages with contents add 0.4 KB that marks the section in view.
 */
const budgets: Record<string, { path: string; html: number; css: number; js: number; visit?: number }> = {
  // A typical code page: about 5.4 KB of HTML, the median of all code pages.
  "code page": { path: "codes/300/", html: 6_000, css: 4_000, js: 2_000 },
  // 500, 404 and 400 carry the longest `messages` lists: 9.93, 9.91 and 9.91 KB of HTML (issue 10 added about 250
  // names and messages; before that, 404 was the heaviest at 14,258 bytes for the whole visit).
  "heaviest code page": { path: heaviestCodePage, html: 10_000, css: 4_000, js: 2_000, visit: 15 * 1024 },
  "class page": { path: "codes/4xx/", html: 6_000, css: 4_000, js: 1_600 },
  "home page": { path: "", html: 5_000, css: 3_600, js: 1_600 },
  // The index's HTML is mostly its one-line summaries of every code.
  "index page": { path: "codes/", html: 9_300, css: 3_600, js: 1_600 },
  // The search page adds its own small script (filters, shareable URL); the engine loads with the first query.
  "search page": { path: "search/", html: 2_800, css: 3_000, js: 2_500 },
};

/** The one stylesheet every page loads. */
const sharedCss = 2_800;

for (const [name, budget] of Object.entries(budgets)) {
  test(`the ${name} stays within its size budget`, async ({ page }) => {
    const sizes = { html: 0, css: 0, js: 0 };
    const counted: Promise<void>[] = [];
    page.on("response", (response) => {
      const type = response.request().resourceType();
      const kind = type === "document" ? "html" : type === "stylesheet" ? "css" : type === "script" ? "js" : undefined;
      if (kind) counted.push(response.body().then((body) => void (sizes[kind] += gzipSync(body, { level: 6 }).length)));
    });
    await page.goto(budget.path);
    await page.waitForLoadState("networkidle");
    // Every body counted before the sums are checked.
    await Promise.all(counted);
    expect(sizes.html, "HTML").toBeLessThanOrEqual(budget.html);
    expect(sizes.css, "CSS").toBeLessThanOrEqual(budget.css);
    expect(sizes.js, "JavaScript before any interaction").toBeLessThanOrEqual(budget.js);
    expect(sizes.html + sizes.css + sizes.js, "the whole first visit").toBeLessThanOrEqual(budget.visit ?? 14 * 1024);
  });
}

test("the stylesheet every page shares stays within its budget", async ({ request }) => {
  const links = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const [first, ...rest] = builtPages.map((p) => links(readFileSync(join(dist, p, "index.html"), "utf8")));
  const shared = first!.filter((href) => rest.every((page) => page.includes(href)));
  expect(shared).toHaveLength(1);
  const body = await (await request.get(shared[0]!)).body();
  expect(gzipSync(body, { level: 6 }).length).toBeLessThanOrEqual(sharedCss);
});

test("every built HTML page is valid", async () => {
  const validator = new HtmlValidate();
  const errors: string[] = [];
  for (const file of [...builtPages.map((p) => join(p, "index.html")), "404.html"]) {
    const report = await validator.validateString(readFileSync(join(dist, file), "utf8"), file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test.describe(() => {
  test.use({ serviceWorkers: "allow" });

  test("a first visit, the service worker's background downloads included, stays within its byte budget", async ({
    page,
  }) => {
    // The target is 150 KB within 15 s; today's visit sends about 83 KB, so a modest margin over that.
    // The shell includes the own search index, 32 KB since it holds about 1,300 of the pages' messages.
    const budget = 86 * 1024;
    test.setTimeout(60_000);
    const host = await serveSite();
    try {
      const started = Date.now();
      await page.goto(`${host.url}codes/404/`);
      // The worker installs after the load event: wait until it has taken over, then until the host goes quiet.
      await workerReady(page);
      for (let seen = -1; seen !== host.sent().length && Date.now() - started < 15_000;) {
        seen = host.sent().length;
        await page.waitForTimeout(1000);
      }
      const sent = host.sent();
      const bytes = sent.reduce((sum: number, r: { bytes: number }) => sum + r.bytes, 0);
      expect(sent.map((r: { file: string }) => r.file)).toContain("search-index.json");
      expect(bytes, `${sent.length} files`).toBeLessThanOrEqual(budget);
    } finally {
      host.close();
    }
  });
});
