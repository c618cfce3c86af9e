import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { builtPages } from "./support";

/** Every built page, checked with axe against WCAG 2.2 AA in the light and the dark colour scheme. */
for (const path of builtPages) {
  test(`axe finds no violation on /${path}`, async ({ page }) => {
    await page.goto(path);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(found, `${colorScheme} scheme`).toEqual([]);
    }
  });
}

test("axe finds no violation on the search page with results showing", async ({ page }) => {
  await page.goto("search/?q=redirect");
  await expect(page.getByTestId("search-results").getByRole("listitem").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("axe finds no violation on the not-found page for a missing code", async ({ page }) => {
  await page.goto("codes/299/");
  await expect(page.getByText("is not a status code")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
