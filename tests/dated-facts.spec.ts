/**
 * Facts that depend on a date or on who checked them: lapsed registrations, the
 * corrections page, "last checked" dates, deprecated constants, and the
 * browsers-and-crawlers sections with a source for every fact.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { buildDate, builtCodes, registry } from "./support";
import { hasLapsed } from "../src/lib/dates";

const projectRoot = new URL("..", import.meta.url).pathname;
const changes: { date: string; page: string; change: string }[] = JSON.parse(
  readFileSync(join(projectRoot, "data/changes.json"), "utf8"),
);
const frontMatterOf = (code: number) => {
  try {
    return /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(projectRoot, `content/codes/${code}.mdx`), "utf8"))![1]!;
  } catch {
    return "";
  }
};

test.describe("temporary registrations", () => {
  for (const entry of registry.codes.filter((c) => c.registration)) {
    const { registered, expires } = entry.registration!;
    const lapsed = hasLapsed(expires, buildDate);
    test(`${entry.code} says whether its registration has lapsed by ${buildDate}`, async ({ page }) => {
      await page.goto(`codes/${entry.code}/`);
      const registration = page.getByTestId("registration");
      await expect(registration).toContainText(`registered ${registered}`);
      if (lapsed) {
        await expect(page.getByTestId("facts")).toContainText("Temporary registration, lapsed");
        await expect(registration).toContainText(
          `lapsed on ${expires} unless IANA extended it; this site's copy of the registry is from ${registry.lastUpdated}`,
        );
        await expect(registration.getByRole("link", { name: "live IANA registry" })).toHaveAttribute(
          "href",
          "https://www.iana.org/assignments/http-status-codes/",
        );
        await expect(page.locator("#specification + p, section:has(#specification) p").first()).toContainText(
          `lapsed on ${expires} unless IANA extended it`,
        );
      } else {
        await expect(page.getByTestId("facts")).not.toContainText("lapsed");
        await expect(registration).toContainText(`expires ${expires}`);
      }
    });
  }
});

test("the corrections page lists every correction with a link to its page, and the footer links to it", async ({
  page,
}) => {
  await page.goto("");
  await page.getByRole("contentinfo").getByRole("link", { name: "Corrections" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections");
  const items = page.locator("main ul.changes li");
  await expect(items).toHaveCount(changes.length);
  for (const day of new Set(changes.map((c) => c.date))) {
    await expect(page.getByRole("heading", { level: 2, name: day })).toBeVisible();
  }
  const [kind, slug] = changes[0]!.page.split("/");
  const first = items.filter({ has: page.locator(`a[href$="/${kind}/${slug}/"]`) }).first();
  await expect(first).toBeVisible();
  await first.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/${kind}/${slug}/$`));
});

test("a page shows when its facts were last checked only when its front matter says so", async ({ page }) => {
  const checkedCodes = builtCodes.filter((c) => /^checked: /m.test(frontMatterOf(c.code)));
  expect(checkedCodes.length, "pages re-checked in issue 14").toBeGreaterThan(0);
  for (const code of [...checkedCodes.map((c) => c.code), 404, 500]) {
    await page.goto(`codes/${code}/`);
    const date = /^checked: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(frontMatterOf(code))?.[1];
    if (date) await expect(page.getByTestId("checked")).toContainText(`last checked against their sources on ${date}`);
    else await expect(page.getByTestId("checked")).toHaveCount(0);
  }
});

test("a deprecated constant is shown with its deprecation note", async ({ page }) => {
  await page.goto("codes/510/");
  const rack = page.getByRole("row", { name: /Ruby on Rails/ });
  await expect(rack).toContainText(":not_extended (deprecated: warns since Rack 3.1)");
  const [json] = (await (await page.request.get("codes/510.json")).json()).codes;
  expect(json.constants.rails).toEqual([
    { name: ":not_extended", deprecated: true, deprecation: "warns since Rack 3.1" },
  ]);
  expect(json.constants.python).toEqual([{ name: "NOT_EXTENDED" }]);
});

/** The pages issue 14 asked to say what browsers, HTTP clients and search engines do. */
const behaviourPages = [
  101, 103, 204, 205, 206, 301, 302, 303, 304, 307, 308, 401, 404, 407, 410, 429, 451, 500, 502, 503, 504,
];

// One browser page for all of them; each failure names its code.
test("the pages on browsers, clients and crawlers say what they do, with a source for every fact", async ({ page }) => {
  for (const code of behaviourPages) {
    await page.goto(`codes/${code}/`);
    const heading = page.locator('h2[id="browsers-clients-and-crawlers"]');
    await expect.soft(heading, `${code}`).toHaveText("Browsers, clients and crawlers");
    // Every bullet between this heading and the next one names its source with a link.
    const bullets = await heading.evaluate((h) => {
      const found: { text: string; links: number }[] = [];
      for (let el = h.parentElement!.nextElementSibling; el && !el.querySelector("h2"); el = el.nextElementSibling) {
        for (const li of el.querySelectorAll(":scope > li")) {
          found.push({ text: li.textContent ?? "", links: li.querySelectorAll('a[href^="http"]').length });
        }
      }
      return found;
    });
    expect.soft(bullets.length, `${code}: bullets`).toBeGreaterThan(0);
    for (const bullet of bullets) expect.soft(bullet.links, `${code}: ${bullet.text}`).toBeGreaterThan(0);
    // The section comes after "When you receive it" and before the causes.
    const order = await page.locator(".prose h2").allTextContents();
    const at = order.indexOf("Browsers, clients and crawlers");
    expect.soft(at, `${code}: after "When you receive it"`).toBeGreaterThan(order.indexOf("When you receive it"));
    if (order.includes("Common causes and fixes"))
      expect.soft(at, `${code}: before the causes`).toBeLessThan(order.indexOf("Common causes and fixes"));
  }
});
