import { expect, test } from "@playwright/test";

test("a code without a page gets a helpful not-found page", async ({ page }) => {
  const response = await page.goto("codes/299/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("299 is not a status code in the IANA registry")).toBeVisible();
  await page.getByRole("link", { name: "See the 2xx codes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2xx");
});

test("the not-found page offers a search for the missing code", async ({ page }) => {
  await page.goto("codes/299");
  await page.getByRole("link", { name: "Search the site for it" }).click();
  await expect(page).toHaveURL(/search\/\?q=299$/);
  await expect(page.getByRole("searchbox", { name: "Search status codes" }).last()).toHaveValue("299");
});

test("a number outside 100-599 is explained", async ({ page }) => {
  await page.goto("codes/999/");
  await expect(page.getByText("999 is not a status code in the IANA registry")).toBeVisible();
  await expect(page.getByRole("link", { name: /run from 100 to 599/ })).toBeVisible();
});

test("any other missing page still offers a way on", async ({ page }) => {
  const response = await page.goto("no/such/page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "All status codes" })).toBeVisible();
});
