import { expect, test } from "@playwright/test";

test("after one visit, pages and search keep working with the network off", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto("");
  // The service worker caches the whole site when it installs; wait until it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
  await context.setOffline(true);

  await page.goto("codes/503/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("503 Service Unavailable");
  await page.goto("codes/5xx/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("5xx");
  await page.goto("codes/404");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("404 Not Found");
  await page.goto("search/?q=rate%20limit");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toHaveAttribute("href", /\/codes\/429\/$/);
  await page.goto("codes/299/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("no page makes a request to another host", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== new URL(baseURL!).origin) foreign.push(`${page.url()} -> ${request.url()}`);
  });
  for (const path of ["", "codes/", "codes/4xx/", "codes/418/", "compare/redirects/", "guide/", "search/?q=teapot"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await page.getByRole("banner").getByLabel("Search status codes").fill("gone");
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
});
