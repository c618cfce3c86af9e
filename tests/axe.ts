/**
 * Axe in the page, for every accessibility check: axe-core is put into the page
 * once and run in the light and the dark colour scheme on the same load (switching
 * the emulated scheme needs no reload), since loading is most of what a check costs.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.2 AA and axe's best practices. */
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * The rules whose outcome depends on colour: only these can differ between the
 * schemes, since the page's markup is the same in both.
 */
const colourRules = ["color-contrast", "link-in-text-block"];

type RunOnly = { type: "tag" | "rule"; values: string[] };

/** The violations on the page as it is now, as readable lines. */
async function run(page: Page, runOnly: RunOnly): Promise<string[]> {
  // Through the DevTools protocol, as @axe-core/playwright does, so the page's CSP does not apply.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: typeof import("axe-core") }).axe
        .run(document, { runOnly })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)),
    runOnly,
  );
  return violations;
}

/**
 * Violations in both colour schemes, each line led by its scheme: every rule in
 * the light scheme, then the colour rules again in the dark one. The page is
 * left in the light scheme.
 */
export async function violations(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: "light" });
  const light = await run(page, { type: "tag", values: axeTags });
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await run(page, { type: "rule", values: colourRules });
  await page.emulateMedia({ colorScheme: "light" });
  return [...light.map((line) => `light: ${line}`), ...dark.map((line) => `dark: ${line}`)];
}
