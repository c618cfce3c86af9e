import { expect, test, type Page } from "@playwright/test";

/**
 * Ranking in the real search page, for a sample of every kind of query. The
 * order is the same under any base path, so this runs in the root project only;
 * search.spec.ts checks the page's URLs and behaviour under both.
 */
const results = (page: Page) => page.getByTestId("search-results").getByRole("link");

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
  ["message", "upstream connect error or disconnect/reset before headers. reset reason: connection failure", [503]],
  ["message", '{"message":"Missing Authentication Token"}', [403]],
  [
    "message",
    "ERRO[2020-04-10 09:36:59] register error:rpc error: code = DeadlineExceeded desc = context deadline exceeded",
    [504, 408],
  ],
  ["symptom", "api says slow down, too many calls in a short time", [429]],
  ["symptom", "page was removed on purpose and is never coming back", [410]],
  ["symptom", "site behind Cloudflare loads blank page saying web server is down", [521]],
  ["symptom", "form constantly refreshes and asks me for my username and password again", [401]],
  ["question", "can a 204 have a body", [204]],
  ["question", "what status code for maintenance mode", [503]],
  ["question", "which status code should I send", ["/guide/"]],
  ["class", "client errors", ["/codes/4xx/"]],
  ["class", "1xx responses", ["/codes/1xx/"]],
  ["class", "informational status codes between 100 and 199", ["/codes/1xx/"]],
  ["class", "400 vs 422", ["/compare/400-vs-422/"]],
  ["class", "unauthorized vs forbidden", ["/compare/401-vs-403-vs-404/"]],
  ["vendor", "cloudflare 522", [522]],
  ["vendor", "nginx 499 client closed request", [499]],
  ["vendor", "heroku H10 app crashed", [503]],
  ["vendor", "grpc RESOURCE_EXHAUSTED to http", [429]],
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
      // The page's path: a result found by a message links to it with a text fragment.
      const first = new URL((await results(page).first().getAttribute("href")) ?? "", page.url()).pathname;
      expect
        .soft(
          accepted.map(href).some((path) => first.endsWith(path)),
          `"${query}" should put ${accepted.join(" or ")} first, not ${first}`,
        )
        .toBe(true);
    }
  });
}
