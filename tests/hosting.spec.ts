import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { builtPages, dist } from "./support";

const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

test("every page carries the same Content-Security-Policy as the _headers file, with no inline script", () => {
  const headers = readFileSync(join(dist, "_headers"), "utf8");
  const fromHeaders = /Content-Security-Policy: (.+)/.exec(headers)![1]!.trim();
  expect(fromHeaders).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(fromHeaders).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
  for (const path of [...builtPages, "404.html"]) {
    const page = path.endsWith(".html") ? readFileSync(join(dist, path), "utf8") : html(path);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    expect(meta?.replaceAll("&#39;", "'"), path).toBe(fromHeaders);
    // Scripts come from files; no inline code and no inline event handlers. A JSON-LD data block is not
    // script (browsers never run it, and CSP does not govern it), so exactly that type is let through.
    for (const [tag] of page.matchAll(/<script\b[^>]*>/g)) {
      if (tag !== '<script type="application/ld+json">') expect(tag, path).toMatch(/\ssrc=/);
    }
    expect(page, path).not.toMatch(/\son[a-z]+=/i);
  }
});

test("the browser enforces the policy: an injected inline script does not run", async ({ page }) => {
  await page.goto("codes/404/");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test("every page has a description, a canonical URL and Open Graph tags", () => {
  for (const path of builtPages) {
    const page = html(path);
    expect(page, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(page, path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/${path}"`));
    for (const property of ["og:title", "og:description", "og:url", "og:type"]) {
      expect(page, `${path} ${property}`).toContain(`property="${property}"`);
    }
  }
});

test("a code page's description is its summary", async ({ page, request }) => {
  const [entry] = ((await (await request.get("codes/429.json")).json()) as { codes: { summary: string }[] }).codes;
  await page.goto("codes/429/");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", entry!.summary);
});

test("sitemap, robots.txt, manifest and icons are served", async ({ request }) => {
  const sitemap = await (await request.get("sitemap-0.xml")).text();
  for (const path of ["codes/404/", "codes/4xx/", "search/"]) expect(sitemap).toContain(`/${path}</loc>`);
  // The not-found page is for humans who took a wrong turn, not for search engines.
  expect(sitemap).not.toMatch(/<loc>https?:\/\/[^/]+\/404(\.html|\/)?<\/loc>/);
  expect(await (await request.get("robots.txt")).text()).toMatch(/Sitemap: https?:\/\/\S+sitemap-index\.xml/);
  const manifest = (await (await request.get("manifest.webmanifest")).json()) as { icons: { src: string }[] };
  expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  expect((await request.get("favicon.svg")).ok()).toBe(true);
  const opensearch = await (await request.get("opensearch.xml")).text();
  expect(opensearch).toMatch(/template="https?:\/\/\S+\/search\/\?q=\{searchTerms\}"/);
});
