import { expect, test } from "@playwright/test";
import { builtCodes, sitePath } from "./support";

/**
 * schema.org JSON-LD on code pages: one TechArticle and its BreadcrumbList, as
 * search engines read them, checked against the page they describe.
 */

interface ListItem {
  "@type": string;
  position: number;
  name: string;
  item: string;
}
type Node = Record<string, unknown> & { "@type": string };

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replaceAll("&amp;", "&");

test("every code page describes itself and its breadcrumb trail in valid JSON-LD", async ({ request }) => {
  test.setTimeout(120_000);
  for (const code of builtCodes) {
    const html = await (await request.get(sitePath(code.links.page))).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks, `${code.code}`).toHaveLength(1);
    const data = JSON.parse(blocks[0]!) as { "@context": string; "@graph": Node[] };
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@graph"].map((n) => n["@type"]).sort()).toEqual(["BreadcrumbList", "TechArticle"]);
    const article = data["@graph"].find((n) => n["@type"] === "TechArticle")!;
    const canonical = attribute(html, /<link rel="canonical" href="([^"]+)"/);
    expect(article).toMatchObject({
      headline: `${code.code} ${code.title}`,
      description: code.summary,
      url: canonical,
      mainEntityOfPage: canonical,
      image: attribute(html, /<meta property="og:image" content="([^"]+)"/),
      inLanguage: "en",
      license: "https://creativecommons.org/licenses/by/4.0/",
    });
    const trail = data["@graph"].find((n) => n["@type"] === "BreadcrumbList")!["itemListElement"] as ListItem[];
    expect(trail.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(trail.map((c) => c["@type"])).toEqual(["ListItem", "ListItem", "ListItem"]);
    expect(trail[2]).toMatchObject({ name: `${code.code} ${code.title}`, item: canonical });
    expect(trail[1]!.name).toMatch(new RegExp(`^${code.class} `));
    // Each crumb links to a page the site serves, under the same base as this page.
    const base = canonical!.slice(0, -sitePath(code.links.page).length);
    for (const crumb of trail.slice(0, 2)) {
      expect(crumb.item.startsWith(base), crumb.item).toBe(true);
      expect((await request.get(crumb.item.slice(base.length))).status(), crumb.item).toBe(200);
    }
  }
});

test("the JSON-LD's breadcrumb trail matches the one on the page", async ({ page }) => {
  await page.goto("codes/404/");
  const trail = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)["@graph"].find(
    (n: Node) => n["@type"] === "BreadcrumbList",
  ).itemListElement as ListItem[];
  const crumbs = page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("listitem");
  await expect(crumbs).toHaveCount(trail.length);
  await expect(crumbs).toHaveText(["Home", "4xx", "404"]);
  const links = page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link");
  for (const [i, crumb] of trail.slice(0, 2).entries()) {
    expect(new URL((await links.nth(i).getAttribute("href"))!, page.url()).pathname).toBe(new URL(crumb.item).pathname);
  }
});
