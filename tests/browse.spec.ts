import { expect, test, type Page } from "@playwright/test";
import { builtCodes, statusLabels } from "./support";

/** Issue 12: see every code at once, a dense index, and a code page that uses a wide screen. */

const desktop = { width: 1280, height: 800 };
const phone = { width: 375, height: 800 };
const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const classes = ["1xx", "2xx", "3xx", "4xx", "5xx"];

test.describe("the home page", () => {
  test.use({ viewport: desktop });

  test("links every code by number and reason phrase, in its class, in at most three screens", async ({ page }) => {
    await page.goto("");
    for (const id of classes) {
      const group = page.getByRole("region", { name: new RegExp(`^${id} `) });
      await expect(group.getByRole("heading", { level: 3 }).getByRole("link")).toHaveAttribute(
        "href",
        new RegExp(`/codes/${id}/$`),
      );
      const members = builtCodes.filter((c) => c.class === id);
      for (const code of members) {
        const link = group.getByRole("link", { name: `${code.code} ${code.title}`, exact: true });
        await expect(link).toHaveAttribute("href", new RegExp(`/codes/${code.code}/$`));
      }
      // Unofficial codes sit under their own heading, after the registered ones; the heading is text, not colour.
      const unofficial = members.filter((c) => c.status === "unofficial");
      const listed = group.getByRole("heading", { name: `Unofficial ${id} codes` });
      if (unofficial.length === 0) await expect(listed).toHaveCount(0);
      else {
        const names = await group.locator("h4 + ul a").allTextContents();
        expect(names.map((n) => Number.parseInt(n, 10))).toEqual(unofficial.map((c) => c.code));
      }
    }
    expect(await height(page)).toBeLessThanOrEqual(2400);
  });

  test("marks temporary, reserved and obsoleted codes in words", async ({ page }) => {
    await page.goto("");
    const marked = builtCodes.filter((c) => ["temporary", "unused", "obsoleted"].includes(c.status));
    expect(marked.length).toBeGreaterThan(0);
    for (const code of marked) {
      const item = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: `${code.code} ${code.title}` }) });
      await expect(item).toContainText(
        { temporary: "Temporary", unused: "Reserved", obsoleted: "Obsoleted" }[code.status]!,
      );
    }
    const plain = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "404 Not Found" }) });
    await expect(plain).toHaveText("404 Not Found");
  });

  test("keeps the search box, the jump box, the guide and the comparisons one step away", async ({ page }) => {
    await page.goto("");
    await expect(page.getByRole("banner").getByRole("searchbox", { name: "Search status codes" })).toBeVisible();
    await expect(page.getByLabel("Go to a code")).toBeInViewport();
    await expect(page.getByRole("link", { name: "Answer a few questions" })).toBeInViewport();
    await expect(page.getByRole("region", { name: "Easily confused" }).getByRole("link")).not.toHaveCount(0);
  });

  test("stays one readable column on a phone", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    const first = await page.getByRole("link", { name: "100 Continue" }).boundingBox();
    const last = await page.getByRole("link", { name: "511 Network Authentication Required" }).boundingBox();
    expect(last!.x).toBe(first!.x);
  });
});

test.describe("the index of all codes", () => {
  test.use({ viewport: desktop });

  test("is a table per class with every code, its status and summary, at most half the old height", async ({
    page,
  }) => {
    await page.goto("codes/");
    const rows = page
      .getByRole("table")
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader").getByRole("link") });
    await expect(rows).toHaveCount(builtCodes.length);
    for (const code of builtCodes.filter((_, i) => i % 7 === 0)) {
      const row = rows.filter({ has: page.getByRole("link", { name: `${code.code} ${code.title}`, exact: true }) });
      await expect(row.getByRole("cell").first()).toHaveText(
        code.status === "unused" ? "Reserved" : statusLabels[code.status]!.split(" ")[0]!,
      );
      await expect(row.getByRole("cell").last()).not.toBeEmpty();
    }
    await expect(page.getByRole("columnheader")).toHaveText(Array(5).fill(["Code", "Status", "Summary"]).flat());
    expect(await height(page)).toBeLessThanOrEqual(11_400 / 2);
  });

  test("on a phone, the summary moves under the phrase and nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("codes/");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "404 Not Found" }) });
    const phrase = (await row.getByRole("rowheader").boundingBox())!;
    const summary = (await row.getByRole("cell").last().boundingBox())!;
    expect(summary.y).toBeGreaterThanOrEqual(phrase.y + phrase.height - 1);
    // Screen readers still hear the column names.
    await expect(page.getByRole("columnheader", { name: "Summary" }).first()).toBeAttached();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("is complete", async ({ page }) => {
      await page.goto("codes/");
      await expect(page.getByRole("rowheader").getByRole("link")).toHaveCount(builtCodes.length);
    });
  });
});

test("a class page lists its codes in the same table, and links to the other classes", async ({ page }) => {
  await page.goto("codes/5xx/");
  const members = builtCodes.filter((c) => c.class === "5xx");
  await expect(page.getByRole("rowheader").getByRole("link")).toHaveCount(members.length);
  const nav = page.getByRole("navigation", { name: "Classes" });
  await expect(nav.getByRole("link")).toHaveCount(5);
  await expect(nav.getByRole("link", { name: "5xx Server Error" })).toHaveAttribute("aria-current", "page");
});

test.describe("a code page's contents", () => {
  test.use({ viewport: desktop });

  test("list every section, stand beside the article and stay in view", async ({ page }) => {
    await page.goto("codes/502/");
    const toc = page.getByRole("navigation", { name: "On this page" });
    await expect(toc).toBeVisible();
    const sections = await page.locator("article h2[id]").evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(sections).toEqual(expect.arrayContaining(["#example", "#common-causes-and-fixes", "#headers"]));
    const links = toc.getByRole("link");
    expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))).toEqual(sections);
    const article = (await page.locator(".page-body").boundingBox())!;
    expect((await toc.boundingBox())!.x).toBeGreaterThan(article.x + article.width);
    await page.mouse.wheel(0, 3000);
    await expect(toc).toBeInViewport();
  });

  test("mark the section in view while scrolling, and move there by keyboard", async ({ page }) => {
    await page.goto("codes/502/");
    const toc = page.getByRole("navigation", { name: "On this page" });
    const current = toc.locator("[aria-current]");
    await expect(current).toHaveText("Example");
    const scrollToHeading = (id: string, offset = 0) =>
      page.evaluate(([id, offset]) => scrollBy(0, document.getElementById(id)!.getBoundingClientRect().top - offset), [
        id,
        offset,
      ] as const);
    await scrollToHeading("when-you-receive-it");
    await expect(current).toHaveText("When you receive it");
    // A heading still low in the window does not take over from the section above it.
    await scrollToHeading("headers", 400);
    await expect(current).toHaveText("Common causes and fixes");
    await scrollToHeading("headers");
    await expect(current).toHaveText("Headers");
    await expect(current).toHaveCount(1);

    // Tab through the page until the contents link has focus, then follow it.
    const target = toc.getByRole("link", { name: "Common causes and fixes" });
    await page.evaluate(() => scrollTo(0, 0));
    for (let i = 0; i < 40 && !(await target.evaluate((a) => a === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(target).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#common-causes-and-fixes$/);
    await expect(page.getByRole("heading", { name: "Common causes and fixes" })).toBeInViewport();
    await expect(target).toHaveAttribute("aria-current", "true");
  });

  test("sit at the top of the page on a phone, collapsed in a details element", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("codes/502/");
    // A collapsed details hides its contents from the accessibility tree, so find it by its markup.
    const details = page.locator("details:has(nav[aria-label='On this page'])");
    await expect(details).not.toHaveAttribute("open");
    const summary = details.locator("summary");
    await expect(summary).toHaveText("On this page");
    const toc = page.getByRole("navigation", { name: "On this page" });
    await expect(toc).toBeHidden();
    expect((await summary.boundingBox())!.y).toBeLessThan((await page.locator("#example").boundingBox())!.y);
    await summary.click();
    await expect(toc.getByRole("link", { name: "Example" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("still list every section on a wide screen", async ({ page }) => {
      await page.goto("codes/502/");
      await expect(page.locator("details.toc summary")).toHaveText("On this page");
      await expect(page.locator("nav[aria-label='On this page'] a").first()).toBeVisible();
    });
  });

  test("show the neighbouring codes of the same class", async ({ page }) => {
    await page.goto("codes/404/");
    const nav = page.getByRole("navigation", { name: "More 4xx codes" });
    await expect(nav.getByRole("link", { name: "404 Not Found" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "403 Forbidden" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "405 Method Not Allowed" })).toBeVisible();
    await nav.getByRole("link", { name: "All 4xx codes" }).click();
    await expect(page).toHaveURL(/\/codes\/4xx\/$/);
  });
});

test("the example exchange is highlighted with classes, and no page element carries an inline style", async ({
  page,
}) => {
  await page.goto("codes/503/");
  const example = page.locator("#example").locator("xpath=ancestor::div[1]/following-sibling::pre[1]");
  await expect(example.locator(".hl-method")).toHaveText("GET");
  await expect(example.locator(".hl-status")).toHaveText("503");
  await expect(example.locator(".hl-reason")).toHaveText("Service Unavailable");
  await expect(example.locator(".hl-name").first()).toHaveText("Host");
  await expect(example.locator(".hl-name", { hasText: "Retry-After" })).toHaveCount(1);
  const colours = await example.evaluate((pre) => {
    const colour = (selector: string) => getComputedStyle(pre.querySelector(selector)!).color;
    return [colour(".hl-name"), colour(".hl-value"), colour(".hl-status")];
  });
  expect(new Set(colours).size).toBe(3);
  await expect(page.locator("[style]")).toHaveCount(0);
});

test.describe("the colour scheme control", () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test("says which scheme is chosen, remembers it, and System forgets it", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("codes/404/");
    const choice = page.getByRole("group", { name: "Colour scheme" });
    await expect(choice.getByRole("radio", { name: "System" })).toBeChecked();
    const light = await background(page);
    await choice.getByRole("radio", { name: "Dark" }).check();
    await expect(choice.getByRole("radio", { name: "Dark" })).toBeChecked();
    expect(await background(page)).not.toBe(light);
    await page.goto("codes/410/");
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
    expect(await background(page)).not.toBe(light);
    await page.getByRole("radio", { name: "System" }).check();
    expect(
      await page.evaluate(() => [localStorage.getItem("theme"), document.documentElement.dataset["theme"]]),
    ).toEqual([null, undefined]);
    expect(await background(page)).toBe(light);
    await page.getByRole("radio", { name: "Light" }).check();
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await background(page)).toBe(light);
  });

  test("works by keyboard, with arrow keys moving the choice", async ({ page }) => {
    await page.goto("codes/404/");
    await page.getByRole("radio", { name: "System" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "Light" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Light" })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("light");
  });
});

test("a code page prints as the article alone, in the light scheme even when Dark is chosen", async ({ page }) => {
  await page.goto("codes/404/");
  await page.getByRole("radio", { name: "Dark" }).check();
  await page.emulateMedia({ media: "print" });
  for (const hidden of ["banner", "contentinfo"] as const) await expect(page.getByRole(hidden)).toBeHidden();
  await expect(page.locator(".page-aside")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The summary takes the scheme's text colour: the light one is near black.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector(".summary")!).color)).toBe(
    "rgb(28, 29, 33)",
  );
});
