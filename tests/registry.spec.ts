import { expect, test } from "@playwright/test";
import { citation, registry, statusLabelOf, unofficialCodes } from "./support";

/**
 * What every code page says about its code: the registry's name, status and
 * reference, or that the code is unofficial. Pages read the same under any base
 * path, so this runs in the root project only; the sub-path project checks the
 * URLs (pages.spec.ts, links.spec.ts).
 */
// One test per class, sharing one browser page: loading a page is cheap, a new test is not.
// Each failure still names its code.
test.describe("registered codes match the IANA registry", () => {
  for (const digit of [1, 2, 3, 4, 5]) {
    test(`${digit}xx`, async ({ page }) => {
      for (const entry of registry.codes.filter((c) => Math.floor(c.code / 100) === digit)) {
        await page.goto(`codes/${entry.code}/`);
        const name = `${entry.code} ${entry.description}`;
        await expect.soft(page.getByRole("heading", { level: 1 }), name).toHaveText(name);
        const facts = page.getByTestId("facts");
        await expect.soft(facts, name).toContainText(statusLabelOf(entry));
        await expect.soft(facts.getByRole("link", { name: citation(entry.reference) }), name).toBeVisible();
        await expect.soft(facts, name).toContainText(`${digit}xx`);
      }
    });
  }
});

test("unofficial codes say so", async ({ page }) => {
  for (const code of unofficialCodes) {
    await page.goto(`codes/${code}/`);
    await expect.soft(page.getByRole("heading", { level: 1 }), `${code}`).toContainText(String(code));
    await expect.soft(page.getByTestId("facts"), `${code}`).toContainText("Unofficial");
    await expect.soft(page.getByText("Not a registered HTTP status code").first(), `${code}`).toBeVisible();
  }
});
