import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { builtCodes, dist } from "./support";

/**
 * `/codes/NNN/` and its section anchors are public URLs: people paste
 * `/codes/429/#when-you-receive-it` into tickets. Adding a section is fine;
 * renaming or dropping one breaks links, so every id must be on this list, and
 * a few pages must keep every id they had, in the same order.
 */
const allowed = [
  "example",
  "where-you-see-it",
  "what-you-may-see",
  "when-to-send-it",
  "when-you-receive-it",
  "common-causes-and-fixes",
  "browsers-clients-and-crawlers",
  "headers",
  "caching",
  "specification",
  "in-code",
  "related",
];

const kept: Record<number, string[]> = {
  404: [
    "example",
    "when-to-send-it",
    "when-you-receive-it",
    "browsers-clients-and-crawlers",
    "what-you-may-see",
    "common-causes-and-fixes",
    "caching",
    "specification",
    "in-code",
    "related",
  ],
  429: [
    "example",
    "when-to-send-it",
    "when-you-receive-it",
    "browsers-clients-and-crawlers",
    "what-you-may-see",
    "common-causes-and-fixes",
    "headers",
    "caching",
    "specification",
    "in-code",
    "related",
  ],
  499: ["where-you-see-it", "when-you-receive-it", "common-causes-and-fixes", "caching", "specification", "related"],
  306: ["when-to-send-it", "when-you-receive-it", "specification", "in-code", "related"],
};

/** The ids of a built code page's section headings, in page order. */
function sectionIds(code: number): string[] {
  const html = readFileSync(join(dist, `codes/${code}/index.html`), "utf8");
  const main = html.slice(html.indexOf('<main id="main"'), html.indexOf("</main>"));
  return [...main.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
}

test("every section id on a code page is one of the public anchors", () => {
  for (const { code } of builtCodes) {
    const ids = sectionIds(code);
    expect(ids.length, `${code}`).toBeGreaterThan(2);
    for (const id of ids) expect(allowed, `codes/${code}/#${id}`).toContain(id);
  }
});

test("these pages keep every section anchor they had, in order", () => {
  for (const [code, ids] of Object.entries(kept)) {
    const now = sectionIds(Number(code));
    // New sections may come in between; none of these may go or change places.
    expect(
      now.filter((id) => ids.includes(id)),
      code,
    ).toEqual(ids);
  }
});

test("a section anchor opens at its heading", async ({ page }) => {
  await page.goto("codes/429/#when-you-receive-it");
  const heading = page.getByRole("heading", { name: "When you receive it" });
  await expect(heading).toBeInViewport();
  await expect(page.locator('[id="when-you-receive-it"] + a')).toHaveAttribute("href", "#when-you-receive-it");
});
