// Takes screenshots of key pages in light and dark, at phone and desktop
// widths, into docs/screenshots/. Needs a built site served on PORT (npm start).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";

const origin = process.env.ORIGIN ?? "http://localhost:4321/";
const out = process.env.OUT ?? new URL("../docs/screenshots/", import.meta.url).pathname;
const pages = (
  process.env.PAGES ??
  "home=,code=codes/404/,class=codes/4xx/,index=codes/,compare=compare/redirects/,search=search/?q=redirect,guide=guide/"
)
  .split(",")
  .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]);

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const scheme of ["light", "dark"]) {
  for (const [device, width] of [
    ["phone", 375],
    ["desktop", 1280],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const [name, path] of pages) {
      await page.goto(origin + path);
      if (name === "search") await page.getByTestId("search-results").locator("li").first().waitFor();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `${out}${name}-${device}-${scheme}.png`, fullPage: process.env.FULL === "1" });
    }
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${out}`);
