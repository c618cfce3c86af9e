/**
 * Axe in the page, for every accessibility check: axe-core is put into the page
 * once and run in the light and the dark colour scheme on the same load (switching
 * the emulated scheme needs no reload), which is most of what a check costs.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.2 AA and axe's best practices. */
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The violations on the page as it is now, as readable lines. */
async function run(page: Page): Promise<string[]> {
  // Through the DevTools protocol, as @axe-core/playwright does, so the page's CSP does not apply.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import("axe-core") }).axe
        .run(document, { runOnly: { type: "tag", values: tags } })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)),
    axeTags,
  );
  return violations;
}

/** Violations in both colour schemes, each line led by its scheme; the page is left in the light scheme. */
export async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await run(page)).map((line) => `${colorScheme}: ${line}`));
  }
  await page.emulateMedia({ colorScheme: "light" });
  return found;
}
