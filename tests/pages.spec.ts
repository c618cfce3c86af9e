import { expect, test } from "@playwright/test";
import { builtCodes, registry, unofficialCodes } from "./support";

test("the site has a page for every registered and every promised unofficial code, and no other", () => {
  const expected = [...registry.codes.map((c) => c.code), ...unofficialCodes].sort();
  expect(builtCodes.map((c) => c.code).sort()).toEqual(expected);
});

test("a code page links to the previous and next code and to its class", async ({ page }) => {
  await page.goto("codes/404/");
  await expect(page.getByRole("link", { name: /Previous 403 Forbidden/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Next 405 Method Not Allowed/ })).toBeVisible();
  await page.getByTestId("facts").getByRole("link", { name: "4xx Client Error" }).click();
  await expect(page).toHaveURL(/\/codes\/4xx\/$/);
});

test.describe("class pages list their codes", () => {
  for (const digit of [1, 2, 3, 4, 5]) {
    test(`${digit}xx`, async ({ page }) => {
      await page.goto(`codes/${digit}xx/`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`${digit}xx`);
      for (const code of builtCodes.filter((c) => c.class === `${digit}xx`)) {
        await expect(page.getByRole("link", { name: `${code.code} ${code.title}`, exact: true })).toBeVisible();
      }
    });
  }
});

test("the codes index groups every code by class", async ({ page }) => {
  await page.goto("codes/");
  for (const digit of [1, 2, 3, 4, 5]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${digit}xx`) })).toBeVisible();
  }
  await expect(page.locator("main a[href*='/codes/']")).toHaveCount(builtCodes.length + 5);
});

test("a code URL without a trailing slash works, as users link to it", async ({ page }) => {
  const response = await page.goto("codes/404");
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("404 Not Found");
});

test("the home page jumps to a typed code", async ({ page }) => {
  await page.goto("");
  await page.getByLabel("Go to a code").fill("429");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("429 Too Many Requests");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("pages and navigation work", async ({ page }) => {
    await page.goto("");
    await page.getByRole("link", { name: /4xx/ }).first().click();
    await page.getByRole("link", { name: "418 (Unused)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("418 (Unused)");
    await expect(page.getByText("I'm a teapot", { exact: false }).first()).toBeVisible();
  });
});
