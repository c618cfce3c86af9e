import { expect, test } from "@playwright/test";

/**
 * Crawls the site from its home page, as a visitor clicking every link would,
 * and checks that every internal link and asset answers and every in-page link has its target.
 */
test("no internal link is broken", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const start = new URL(baseURL!);
  const queue = [start.href];
  const seen = new Set(queue);
  const broken: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const href = queue.shift()!;
    const response = await request.get(href, { maxRedirects: 0 });
    const status = response.status();
    const location = response.headers()["location"];
    if (status === 301 && location) {
      broken.push(`${href} redirects to ${location}: link to the final URL instead`);
      continue;
    }
    if (status !== 200) {
      broken.push(`${href} answered ${status}`);
      continue;
    }
    if (!response.headers()["content-type"]?.includes("text/html")) continue;
    pages++;
    const html = await response.text();
    // In-page links, such as a message's link to its cause, must land on an element of the same page.
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    for (const [, fragment] of html.matchAll(/\shref="#([^"]+)"/g)) {
      if (!ids.has(fragment)) broken.push(`${href} links to #${fragment}, which is not on the page`);
    }
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const target = new URL(raw!.replaceAll("&amp;", "&"), href);
      if (target.origin !== start.origin) continue;
      target.hash = "";
      if (!target.pathname.startsWith(start.pathname)) {
        broken.push(`${href} links outside the site's base path: ${raw}`);
        continue;
      }
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThan(100);
});
