import { expect, test, type Page } from "@playwright/test";

const results = (page: Page) => page.getByTestId("search-results").getByRole("link");

/** Opens a shareable search URL and waits for its results. */
async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByTestId("search-status")).toContainText(/result|No results/);
}

// A fixed sample of the kinds of query people type, with the code each must put first.
const firstResult: [string, number][] = [
  ["404", 404],
  ["201", 201],
  ["not found", 404],
  ["Too many requests", 429],
  ["payload too large", 413],
  ["unprocessable entity", 422],
  ["moved temporarily", 302],
  ["teapot", 418],
  ["StatusTooManyRequests", 429],
  ["HTTP_NOT_FOUND", 404],
  [":unprocessable_entity", 422],
  ["HttpStatusCode.BadGateway", 502],
  ["cloudflare 522", 522],
  ["forbiden", 403],
  ["unathorized", 401],
  ["gateway timeout", 504],
];

for (const [query, code] of firstResult) {
  test(`"${query}" puts ${code} first`, async ({ page }) => {
    await searchFor(page, query);
    await expect(results(page).first()).toHaveAttribute("href", new RegExp(`/codes/${code}/$`));
  });
}

test("a class query lists the class's codes in order", async ({ page }) => {
  await searchFor(page, "5xx");
  await expect(results(page).first()).toHaveAttribute("href", /\/codes\/500\/$/);
  await expect(results(page).nth(1)).toHaveAttribute("href", /\/codes\/501\/$/);
});

test("results show the code, its name and its summary, with the match marked", async ({ page }) => {
  await searchFor(page, "gone");
  const first = page.getByTestId("search-results").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveText(/410\s+Gone/);
  await expect(first.locator("mark").first()).toHaveText(/gone/i);
  await expect(first.locator("p")).not.toBeEmpty();
});

test("typing updates results and the URL", async ({ page }) => {
  await page.goto("search/");
  await page.getByRole("searchbox", { name: "Search status codes" }).last().fill("410");
  await expect(results(page).first()).toHaveAttribute("href", /\/codes\/410\/$/);
  await expect(page).toHaveURL(/\?q=410$/);
});

test("the header search box leads to the search page", async ({ page }) => {
  await page.goto("codes/200/");
  const box = page.getByRole("banner").getByLabel("Search status codes");
  await box.fill("redirect");
  await box.press("Enter");
  await expect(page).toHaveURL(/search\/\?q=redirect$/);
  await expect(results(page).first()).toBeVisible();
});

test("markup in a query is shown as text and never run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const attack = "<img src=x onerror=alert(1)>";
  await searchFor(page, attack);
  await expect(page.getByTestId("search-status")).toContainText(attack);
  await expect(page.getByRole("searchbox", { name: "Search status codes" }).last()).toHaveValue(attack);
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

for (const query of ["!!!???", "🦄🦄", "a".repeat(5000), "   "]) {
  test(`an odd query (${query.slice(0, 12).trim() || "blank"}) gets a calm answer`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId("search-status")).toHaveText(/No results|Type a code/);
    expect(errors).toEqual([]);
  });
}
