import { expect, test, type Locator, type Page } from "@playwright/test";
import { allPaths, guide, pathTo, questions, type Answer } from "../src/model/guide";
import { violations } from "./axe";
import { builtCodes } from "./support";

/** The codes a developer most often has to choose between; the guide must lead to each. */
const commonCodes = [
  200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 422,
  428, 429, 451, 500, 501, 502, 503, 504, 511,
];

/** A code's link text as the site writes it: `429 Too Many Requests`. */
function codeName(code: number): string {
  const built = builtCodes.find((c) => c.code === code);
  if (!built) throw new Error(`The build has no page for ${code}`);
  return `${code} ${built.title}`;
}

/** The heading that follows an answer: the next question, or the result. */
const headingAfter = (answer: Answer) =>
  "question" in answer ? answer.question.text : `Send ${answer.codes.map((o) => codeName(o.code)).join(" or ")}`;

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the nested list shows every question and answer, with a link for every code", async ({ page }) => {
    await page.goto("guide/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which status code should I send?");
    // Every question is a heading; the first is the outline's h2, and nested ones go one level deeper each time.
    for (const question of questions()) {
      await expect(page.getByRole("heading", { name: question.text, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 2, name: guide.text, exact: true })).toBeVisible();
    for (const path of allPaths()) {
      await expect(page.getByText(path.at(-1)!.label, { exact: true }).first()).toBeVisible();
    }
    // Each common code is a leaf the reader can follow to its page.
    for (const code of commonCodes) {
      const link = page.getByRole("link", { name: codeName(code), exact: true }).first();
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute("href", new RegExp(`/codes/${code}/$`));
    }
    // No step-by-step controls without the script that drives them.
    await expect(page.getByRole("button", { name: "Start over" })).toHaveCount(0);
  });

  test("a leaf link opens the code's page", async ({ page }) => {
    await page.goto("guide/");
    await page.getByRole("link", { name: "429 Too Many Requests", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("429 Too Many Requests");
  });
});

test.describe("with JavaScript", () => {
  test("it asks one question at a time, and the full list is one click away", async ({ page }) => {
    await page.goto("guide/");
    await expect(page.getByRole("heading", { level: 2, name: guide.text, exact: true })).toBeVisible();
    for (const answer of guide.answers) {
      await expect(page.getByRole("button", { name: answer.label, exact: true })).toBeVisible();
    }
    // The nested questions wait behind the toggle.
    const nested = questions()[1]!;
    await expect(page.getByRole("heading", { name: nested.text, exact: true })).toBeHidden();
    const toggle = page.getByRole("button", { name: "Show all questions as a list" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(page.getByRole("heading", { name: nested.text, exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Hide the list of all questions" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });

  test("a keyboard-only walk reaches 429, with focus on each new question", async ({ page }) => {
    await page.goto("guide/");
    await expect(page.getByRole("heading", { level: 2, name: guide.text, exact: true })).toBeVisible();
    const path = pathTo(429)!;
    for (const [step, answer] of path.entries()) {
      await tabTo(page, page.getByRole("button", { name: answer.label, exact: true }));
      // Both keys that activate a button, in turn.
      await page.keyboard.press(step % 2 === 0 ? "Enter" : "Space");
      await expect(page.getByRole("heading", { level: 2, name: headingAfter(answer), exact: true })).toBeFocused();
    }
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Send 429 Too Many Requests");
    const result = page.getByRole("link", { name: "429 Too Many Requests", exact: true });
    await tabTo(page, result);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/codes\/429\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("429 Too Many Requests");
  });

  test("every path through the guide ends at links to its codes", async ({ page }) => {
    await page.goto("guide/");
    const paths = allPaths();
    const reached = new Set<number>();
    for (const path of paths) {
      if (await page.getByRole("button", { name: "Start over" }).isVisible()) {
        await page.getByRole("button", { name: "Start over" }).click();
      }
      for (const answer of path) await page.getByRole("button", { name: answer.label, exact: true }).click();
      const leaf = path.at(-1)!;
      if (!("codes" in leaf)) throw new Error("a path ends at a question");
      await expect(page.getByRole("heading", { level: 2 })).toHaveText(headingAfter(leaf));
      for (const { code, reason } of leaf.codes) {
        const link = page.getByRole("link", { name: codeName(code), exact: true });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute("href", new RegExp(`/codes/${code}/$`));
        await expect(page.getByText(reason, { exact: true }).filter({ visible: true })).toBeVisible();
        reached.add(code);
      }
    }
    for (const code of commonCodes) expect(reached).toContain(code);
  });

  test("Back, Start over and the browser's Back button return to earlier questions", async ({ page }) => {
    await page.goto("guide/");
    const [first, second, third] = pathTo(428)!;
    await page.getByRole("button", { name: first!.label, exact: true }).click();
    await page.getByRole("button", { name: second!.label, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: headingAfter(second!), exact: true })).toBeFocused();
    // The answers so far stay in view.
    await expect(page.getByRole("list", { name: "Your answers so far" }).getByRole("listitem")).toHaveCount(2);

    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("heading", { level: 2, name: headingAfter(first!), exact: true })).toBeFocused();

    await page.getByRole("button", { name: second!.label, exact: true }).click();
    await page.getByRole("button", { name: third!.label, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Send 428 Precondition Required" })).toBeFocused();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 2, name: headingAfter(second!), exact: true })).toBeFocused();

    await page.getByRole("button", { name: "Start over" }).click();
    await expect(page.getByRole("heading", { level: 2, name: guide.text, exact: true })).toBeFocused();
    await expect(page.getByRole("button", { name: "Back" })).toBeHidden();
  });

  test("the page runs without script errors or Content-Security-Policy violations", async ({ page }) => {
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto("guide/", { waitUntil: "load" });
    // A blocked inline <script> or <style> (Astro inlines small ones unless told not to) shows up here first.
    expect(problems).toEqual([]);
    await page.getByRole("button", { name: guide.answers[0].label, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(guide.text);
    expect(problems).toEqual([]);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 320 px wide ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 320, height: 640 } });

    test("nothing scrolls sideways", async ({ page }) => {
      await page.goto("guide/");
      if (javaScriptEnabled) {
        for (const answer of pathTo(415)!) await page.getByRole("button", { name: answer.label, exact: true }).click();
        await expect(page.getByRole("heading", { level: 2 })).toHaveText("Send 415 Unsupported Media Type");
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  });
}

test("axe finds no violation on the guide in either colour scheme, at the start and after a few steps", async ({
  page,
}) => {
  await page.goto("guide/");
  await expect(page.getByRole("heading", { level: 2, name: guide.text, exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const path = pathTo(502)!;
  for (const answer of path.slice(0, -1)) {
    await page.getByRole("button", { name: answer.label, exact: true }).click();
  }
  await expect(page.getByRole("list", { name: "Your answers so far" })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole("button", { name: path.at(-1)!.label, exact: true }).click();
  await expect(page.getByRole("link", { name: "502 Bad Gateway", exact: true })).toBeVisible();
  // The full list is the same markup a visitor without JavaScript gets (axe itself needs JavaScript to run).
  await page.getByRole("button", { name: "Show all questions as a list" }).click();
  await expect(page.getByRole("heading", { name: questions()[1]!.text, exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
