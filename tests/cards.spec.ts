import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { builtPages } from "./support";

/**
 * Link previews: every page names its own 1200x630 PNG card with absolute
 * Open Graph tags, as an unfurler reads them, and the card is served.
 */

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, "\\:")}" content="([^"]*)"`).exec(html)?.[1];

/** The card a page should have, by the page's path. */
const expectedCard = (path: string) =>
  /^(codes\/[^/]+|compare\/[^/]+)\/$/.test(path)
    ? `cards/${path.slice(0, -1)}.png`
    : path === "guide/"
      ? "cards/guide.png"
      : "cards/home.png";

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every page previews with its own card: absolute tags, a served 1200x630 PNG, a text alternative", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const images = new Map<string, string>();
  const sizes: number[] = [];
  for (const path of builtPages) {
    const html = await (await request.get(path)).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
    // The site's base is the canonical URL without the page's own path; cards live under it too.
    const base = canonical.slice(0, canonical.length - path.length);
    const image = meta(html, "og:image");
    expect(image, path).toBe(new URL(expectedCard(path), base).href);
    expect(meta(html, "twitter:card"), path).toBe("summary_large_image");
    expect(meta(html, "og:image:type"), path).toBe("image/png");
    expect(meta(html, "og:image:alt")?.length ?? 0, path).toBeGreaterThan(40);
    const declared = { width: Number(meta(html, "og:image:width")), height: Number(meta(html, "og:image:height")) };
    expect(declared).toEqual({ width: 1200, height: 630 });
    if (images.has(image!)) continue;
    const response = await request.get(expectedCard(path));
    expect(response.status(), image).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const bytes = await response.body();
    expect(pngSize(bytes), image).toEqual(declared);
    images.set(image!, createHash("sha256").update(bytes).digest("hex"));
    sizes.push(bytes.length);
  }
  // Every code, class, comparison page, the guide and the home page: one card each, all different.
  const own = builtPages.filter((path) => expectedCard(path) !== "cards/home.png").length + 1;
  expect(images.size).toBe(own);
  expect(new Set(images.values()).size).toBe(images.size);
  // Palette PNGs: lean enough that an unfurler fetches them at once.
  expect(Math.max(...sizes)).toBeLessThanOrEqual(32 * 1024);
});

test("a code page's card alternative says what the card shows, unofficial codes with their vendors", async ({
  request,
}) => {
  const alt = async (path: string) => meta(await (await request.get(path)).text(), "og:image:alt");
  expect(await alt("codes/404/")).toBe(
    "404 Not Found. The server has no current representation of the requested resource, or prefers not to say that one exists. Registered, RFC 9110, Section 15.5.5.",
  );
  expect(await alt("codes/499/")).toMatch(/^499 Client Closed Request\. .* Unofficial, sent by nginx, Esri ArcGIS\.$/);
});
