import { expect, test, type Page } from "@playwright/test";

const results = (page: Page) => page.getByTestId("search-results").getByRole("link");

/** Opens a shareable search URL and waits for its results. */
async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  // The list is busy until full-text results, if any, are merged in.
  // Pagefind may take a while to load on a busy machine.
  await expect(page.getByTestId("search-results")).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
  await expect(page.getByTestId("search-status")).toContainText(/result|No results/);
}

test("a class query puts the class page first, then the class's codes in order", async ({ page }) => {
  await searchFor(page, "5xx");
  await expect(results(page).first()).toHaveAttribute("href", /\/codes\/5xx\/$/);
  await expect(results(page).nth(1)).toHaveAttribute("href", /\/codes\/500\/$/);
  await expect(results(page).nth(2)).toHaveAttribute("href", /\/codes\/501\/$/);
});

test("two codes put the page that compares them first, with both codes right after it", async ({ page }) => {
  await searchFor(page, "400 vs 422");
  await expect(results(page).nth(0)).toHaveAttribute("href", /\/compare\/400-vs-422\/$/);
  await expect(results(page).nth(1)).toHaveAttribute("href", /\/codes\/400\/$/);
  await expect(results(page).nth(2)).toHaveAttribute("href", /\/codes\/422\/$/);
});

test("full text finds a page by words that only its text has", async ({ page }) => {
  // Neither word is in any page's names, leads or messages; the 303 page's text has both.
  await searchFor(page, "checkout confirmation");
  await expect(results(page).first()).toHaveAttribute("href", /\/codes\/303\/$/);
});

test("the own index's best loose matches stay ahead of what full text adds", async ({ page }) => {
  const query = "user closed the tab before the response came back";
  const hrefs = () => results(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  // Without Pagefind the page shows the own index's answer alone.
  await page.route("**/pagefind/**", (route) => route.abort());
  await searchFor(page, query);
  const own = await hrefs();
  await page.unroute("**/pagefind/**");
  await searchFor(page, query);
  const merged = await hrefs();
  expect(merged.slice(0, 3)).toEqual(own.slice(0, 3));
  // Full text did add pages, after them; without that this test would prove nothing.
  expect(merged.slice(3).some((href) => !own.includes(href))).toBe(true);
});

test("results show the code, its name and its summary, with the match marked", async ({ page }) => {
  await searchFor(page, "gone");
  const first = page.getByTestId("search-results").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveText(/410\s+Gone/);
  await expect(first.locator("mark").first()).toHaveText(/gone/i);
  await expect(first.locator("p")).not.toBeEmpty();
});

test("a pasted line's result shows the message that found it; other results show none", async ({ page }) => {
  await searchFor(
    page,
    "2026/11/30 10:00:01 [error] 31#31: *7 upstream timed out (110: Connection timed out), client: 10.0.0.1",
  );
  const first = page.getByTestId("search-results").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveText(/504\s+Gateway Timeout/);
  await expect(first.locator(".matched")).toHaveText("nginx: upstream timed out");
  // Words are marked where a word starts with them: none of the line's "at" or "out" inside "gateway" or "Timeout".
  const marks = page.getByTestId("search-results").locator("mark");
  await expect(marks.first()).toBeVisible();
  const inside = await marks.evaluateAll((all) => all.filter((m) => /\w$/.test(m.previousSibling?.textContent ?? "")));
  expect(inside).toHaveLength(0);
  await searchFor(page, "gone");
  await expect(page.getByTestId("search-results").locator(".matched")).toHaveCount(0);
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
