import { expect, test } from "@playwright/test";

test("a chosen colour scheme applies on the next page before the first paint", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("codes/404/");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole("radio", { name: "Dark" }).check();
  expect(await background()).not.toBe(light);
  // On the next page the scheme is set before the first paint, by a blocking script in <head>.
  await page.goto("codes/410/", { waitUntil: "commit" });
  await page.waitForSelector("body");
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
  expect(await background()).not.toBe(light);
});

test("the colour scheme follows the system until the visitor picks one", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("codes/404/");
  await expect(page.getByRole("radio", { name: "System" })).toBeChecked();
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(dark);
});

test.describe("copy buttons", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });
  test("copy the status line and the link, with an announced confirmation", async ({ page }) => {
    await page.goto("codes/404/");
    await page.getByRole("button", { name: "Copy status line" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveText("Copied: HTTP/1.1 404 Not Found");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("HTTP/1.1 404 Not Found");
    await page.getByRole("button", { name: "Copy link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/codes\/404\/$/);
  });

  test("copy the page as a Markdown link to its own address, with the same confirmation", async ({ page, baseURL }) => {
    await page.goto("codes/404/#when-to-send-it");
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    const link = `[404 Not Found](${new URL("codes/404/", baseURL).href})`;
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveText(`Copied: ${link}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });
});

test("keyboard shortcuts move between codes and open the help", async ({ page }) => {
  // The colour scheme control appears once the site script runs: from then on, shortcuts work.
  const ready = () => expect(page.getByRole("group", { name: "Colour scheme" })).toBeVisible();
  await page.goto("codes/404/");
  await ready();
  await page.keyboard.press("]");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("405 Method Not Allowed");
  await ready();
  await page.keyboard.press("[");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("404 Not Found");
  await ready();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.keyboard.press("u");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("4xx");
});

test("breadcrumbs lead back to the class, and section headings have their own links", async ({ page }) => {
  await page.goto("codes/404/");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumbs" });
  await expect(crumbs).toHaveText(/Home\s*›?\s*4xx\s*›?\s*404/);
  await page.getByRole("link", { name: "Link to this section" }).first().click();
  await expect(page).toHaveURL(/#example$/);
});
