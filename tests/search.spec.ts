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

/**
 * A fixed sample of each kind of query from the tuning part of the benchmark
 * (scripts/bench/search-queries.json), with the pages each may put first, so
 * ranking cannot silently regress. Codes stand for their pages.
 */
const firstResult: [kind: string, query: string, accepted: (number | string)[]][] = [
  ["number", "404", [404]],
  ["number", "404.3", [404]],
  ["number", "status 503 returned", [503]],
  ["number", "HTTP Error 500.30", [500]],
  ["number", "got a 429 from the api", [429]],
  ["name", "not found", [404]],
  ["name", "Unprocessable Content", [422]],
  ["name", "gateway timeout", [504]],
  ["old-name", "Payload Too Large", [413]],
  ["old-name", "302 Moved Temporarily", [302]],
  ["old-name", "im a teapot", [418]],
  ["typo", "forbiden", [403]],
  ["typo", "bad getaway", [502]],
  ["typo", "request header feilds too large", [431]],
  ["constant", "StatusTooManyRequests", [429]],
  ["constant", ":unprocessable_entity", [422]],
  ["constant", "HttpStatusCode.BadGateway", [502]],
  ["constant", "HTTPStatus.REQUEST_ENTITY_TOO_LARGE", [413]],
  ["framework", "HttpRequestMethodNotSupportedException", [405]],
  ["framework", "ActiveRecord::RecordNotFound", [404]],
  ["framework", "werkzeug NotFound", [404]],
  [
    "message",
    "2024/05/01 12:00:01 [error] 1234#1234: *5678 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, server: example.com",
    [504],
  ],
  ["message", "Forbidden (CSRF cookie not set.): /api/login/", [403]],
  ["message", '{"message":"Missing Authentication Token"}', [403]],
  ["symptom", "api says slow down, too many calls in a short time", [429]],
  ["symptom", "page was removed on purpose and is never coming back", [410]],
  ["question", "can a 204 have a body", [204]],
  ["question", "what status code for maintenance mode", [503]],
  ["question", "which status code should I send", ["/guide/"]],
  ["class", "client errors", ["/codes/4xx/"]],
  ["class", "1xx responses", ["/codes/1xx/"]],
  ["class", "400 vs 422", ["/compare/400-vs-422/"]],
  ["class", "unauthorized vs forbidden", ["/compare/401-vs-403-vs-404/"]],
  ["vendor", "cloudflare 522", [522]],
  ["vendor", "nginx 499 client closed request", [499]],
  ["vendor", "heroku H10 app crashed", [503]],
];

const href = (answer: number | string) => (typeof answer === "number" ? `/codes/${answer}/` : answer);

// One page per kind: typing each query into the search page's box keeps
// Pagefind loaded between queries, as a reader trying several queries would.
for (const kind of new Set(firstResult.map(([kind]) => kind))) {
  test(`${kind} queries put the right page first`, async ({ page }) => {
    await page.goto("search/");
    const box = page.getByRole("searchbox", { name: "Search status codes" }).last();
    for (const [, query, accepted] of firstResult.filter((row) => row[0] === kind)) {
      await box.fill(query);
      await expect(page.getByTestId("search-status")).toContainText(`for “${query}”`);
      await expect(page.getByTestId("search-results")).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
      const first = (await results(page).first().getAttribute("href")) ?? "";
      expect
        .soft(
          accepted.map(href).some((path) => first.endsWith(path)),
          `"${query}" should put ${accepted.join(" or ")} first, not ${first}`,
        )
        .toBe(true);
    }
  });
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
