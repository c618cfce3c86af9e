import { expect, test } from "@playwright/test";
import { violations } from "./axe";
import { builtPages } from "./support";

/**
 * Every built page, checked with axe against WCAG 2.2 AA and best practices in
 * the light and the dark colour scheme. Pages are checked in batches that share
 * one browser page, since loading a page costs a fraction of what a new test does;
 * a failure still names each page and scheme.
 */
// Ten pages a batch, with room for a slow machine: axe takes a few seconds on code pages with long message
// lists (400, 404, 500 to 504), and a batch of five of those once took a minute on a busy two-core machine.
const batch = 10;
for (let start = 0; start < builtPages.length; start += batch) {
  const pages = builtPages.slice(start, start + batch);
  test(`axe finds no violation on /${pages[0]} to /${pages.at(-1)}`, async ({ page }) => {
    test.setTimeout(240_000);
    for (const path of pages) {
      await page.goto(path);
      expect.soft(await violations(page), `/${path}`).toEqual([]);
    }
  });
}

test("axe finds no violation on the search page with results showing", async ({ page }) => {
  await page.goto("search/?q=redirect");
  await expect(page.getByTestId("search-results").getByRole("listitem").first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("axe finds no violation on the not-found page for a missing code", async ({ page }) => {
  await page.goto("codes/299/");
  await expect(page.getByText("is not a status code")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("axe finds no violation with the keyboard shortcuts open", async ({ page }) => {
  await page.goto("codes/404/");
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe(() => {
  // The control appears once the offline worker is running.
  test.use({ serviceWorkers: "allow" });

  test("axe finds no violation with Save for offline open", async ({ page }) => {
    await page.goto("codes/404/");
    await page.getByRole("contentinfo").locator("summary", { hasText: "Save for offline" }).click();
    await expect(page.getByRole("button", { name: "Save for offline" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test("axe finds no violation at phone width, with a code page's contents open", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["", "codes/", "codes/4xx/", "compare/redirects/"]) {
    await page.goto(path);
    expect.soft(await violations(page), `/${path}`).toEqual([]);
  }
  await page.goto("codes/502/");
  await page.getByText("On this page").click();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
