import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { serveSite } from "../scripts/bench/support.mjs";
import { writeServiceWorker } from "../src/integrations/service-worker.mjs";
import { builtPages, projectRoot, workerReady } from "./support";

test.use({ serviceWorkers: "allow" });

/** The built folder and base path behind the project's baseURL: dist/ at the root, dist-subpath/ under /http-status/. */
function built(baseURL: string | undefined) {
  const base = new URL(baseURL!).pathname;
  return { base, dist: join(projectRoot, base === "/" ? "dist" : "dist-subpath") };
}

/** Checks the host for a new worker and waits until it has installed and taken over. */
async function nextWorker(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return; // the navigation's own update check got there first
    await new Promise((resolve, reject) =>
      worker.addEventListener("statechange", () => {
        if (worker.state === "activated") resolve(0);
        if (worker.state === "redundant") reject(new Error("the new service worker failed to install"));
      }),
    );
  });
}

/** "Save for offline" in the footer, which opens the panel. */
const saveControl = (page: Page) => page.getByRole("contentinfo").locator("summary", { hasText: "Save for offline" });

/** Opens "Save for offline" in the footer, saves the site and waits until the copy is complete. */
async function saveForOffline(page: Page) {
  await saveControl(page).click();
  const status = page.locator("[data-offline-status]");
  // The size comes before the download.
  await expect(status).toContainText(/Save the whole site .*: [\d.]+ (KB|MB) to download\./);
  await page.getByRole("button", { name: "Save for offline" }).click();
  await expect(status).toContainText("Saved: all", { timeout: 60_000 });
  return status;
}

/** The text of a built page's h1, as a visitor reads it. */
function builtHeading(dist: string, path: string) {
  const html = readFileSync(join(dist, path, "index.html"), "utf8");
  return /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)![1]!
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .trim();
}

/**
 * A deploy for the tests: copies of a built folder that a host serves through a
 * link, so `deploy` swaps the whole site at once as a static host does.
 */
function deployments(dist: string) {
  const work = mkdtempSync(join(tmpdir(), "offline-deploy-"));
  const live = join(work, "live");
  let count = 0;
  const copy = () => {
    const folder = join(work, `build-${++count}`);
    cpSync(dist, folder, { recursive: true });
    return folder;
  };
  const deploy = (folder: string) => {
    symlinkSync(folder, `${live}.next`);
    renameSync(`${live}.next`, live);
  };
  deploy(copy());
  return { live, copy, deploy, remove: () => rmSync(work, { recursive: true, force: true }) };
}

test("offline, an opened page and the own search index work; other pages say they are not saved", async ({
  page,
  context,
}) => {
  await page.goto("codes/503/");
  await workerReady(page);
  await context.setOffline(true);

  await page.goto("codes/503/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("503 Service Unavailable");
  await page.goto("codes/503");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("503 Service Unavailable");

  // The header box answers from the site's own index, which every visitor keeps.
  await page.getByRole("banner").getByLabel("Search status codes").fill("teapot");
  await expect(page.getByRole("option").first()).toContainText("418");

  // A page of the site that was never opened: say so, and how to save the site.
  const unsaved = await page.goto("codes/418/");
  expect(unsaved?.status()).toBe(503);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not saved for offline reading");
  await expect(page.getByRole("main")).toContainText("open Save for offline at the bottom of any page");
  await expect(saveControl(page)).toBeVisible();

  // An address that is no page of the site: the not-found page, as online.
  const missing = await page.goto("codes/299/");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("299 is not a status code in the IANA registry")).toBeVisible();
});

test("after Save for offline every page works offline, full-text search included, until the copy is removed", async ({
  page,
  context,
  baseURL,
}) => {
  // A hundred pages one after another: several minutes on a busy machine.
  test.setTimeout(300_000);
  const { dist } = built(baseURL);
  await page.goto("");
  await workerReady(page);
  const status = await saveForOffline(page);
  await context.setOffline(true);

  for (const path of builtPages.filter((p) => p !== "offline/")) {
    await page.goto(path, { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(builtHeading(dist, path));
  }
  await page.goto("search/?q=rate%20limit");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toHaveAttribute("href", /\/codes\/429\/$/);

  await page.goto("");
  await saveControl(page).click();
  await page.getByRole("button", { name: "Remove the offline copy" }).click();
  await expect(status).toContainText("Pages you open are kept for reading offline.");
  await page.goto("codes/418/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not saved for offline reading");
});

test("after a deploy, the next navigation shows the new page and the saved copy downloads only what changed", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { base, dist } = built(baseURL);
  const site = deployments(dist);
  const next = site.copy();
  const changed = join(next, "codes/418/index.html");
  writeFileSync(changed, readFileSync(changed, "utf8").replace("</h1>", "</h1><p>Changed in the next build.</p>"));
  await writeServiceWorker(next);
  const host = await serveSite(projectRoot, { dist: site.live, base });
  try {
    await page.goto(`${host.url}codes/418/`);
    await workerReady(page);
    await saveForOffline(page);

    site.deploy(next);
    host.forget();
    await page.goto(`${host.url}codes/418/`);
    await expect(page.getByText("Changed in the next build.")).toBeVisible();

    await nextWorker(page);
    // Once for the reader's navigation, once for the saved copy; the worker itself is new too.
    const files = host.sent().map((r: { file: string }) => r.file);
    expect(files.filter((f: string) => f !== "sw.js").sort()).toEqual(["codes/418/index.html", "codes/418/index.html"]);

    await context.setOffline(true);
    await page.goto(`${host.url}codes/418/`);
    await expect(page.getByText("Changed in the next build.")).toBeVisible();
    await page.goto(`${host.url}codes/500/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("500 Internal Server Error");
  } finally {
    host.close();
    site.remove();
  }
});

test("a page kept from an earlier build still finds that build's CSS offline; online, pages get their own build's", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { base, dist } = built(baseURL);
  const site = deployments(dist);
  // The next build restyles the site: its stylesheet gets a new name, and every page links to that.
  const next = site.copy();
  const old = readdirSync(join(next, "_astro")).find((f) => /^Base\..+\.css$/.test(f))!;
  const renamed = "Base.nextbuild.css";
  renameSync(join(next, "_astro", old), join(next, "_astro", renamed));
  writeFileSync(
    join(next, "_astro", renamed),
    `${readFileSync(join(next, "_astro", renamed), "utf8")}\nh1{outline:1px solid}`,
  );
  for (const file of readdirSync(next, { recursive: true }) as string[]) {
    if (!file.endsWith(".html")) continue;
    writeFileSync(join(next, file), readFileSync(join(next, file), "utf8").replaceAll(old, renamed));
  }
  await writeServiceWorker(next);
  const host = await serveSite(projectRoot, { dist: site.live, base });
  const stylesheets = () => page.evaluate(() => [...document.styleSheets].map((s) => s.href!.split("/").pop()));
  const headerBorder = () =>
    page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).borderBottomStyle);
  try {
    await page.goto(`${host.url}codes/404/`);
    await workerReady(page);

    site.deploy(next);
    await page.goto(`${host.url}codes/500/`);
    expect(await stylesheets()).toEqual(expect.arrayContaining([renamed]));
    expect(await stylesheets()).not.toContain(old);
    await nextWorker(page);

    await context.setOffline(true);
    await page.goto(`${host.url}codes/404/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("404 Not Found");
    expect(await stylesheets()).toEqual(expect.arrayContaining([old]));
    expect(await stylesheets()).not.toContain(renamed);
    expect(await headerBorder()).toBe("solid");
    await page.goto(`${host.url}codes/500/`);
    expect(await stylesheets()).toEqual(expect.arrayContaining([renamed]));
    expect(await stylesheets()).not.toContain(old);
    expect(await headerBorder()).toBe("solid");
  } finally {
    host.close();
    site.remove();
  }
});

test("the worker's file list holds only files the site requests", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { dist } = built(baseURL);
  // Without a worker, so that only the pages' own requests are seen.
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: "block" });
  const page = await context.newPage();
  const requested = new Set<string>();
  context.on("request", (request) => requested.add(new URL(request.url()).pathname));
  for (const path of [
    "",
    "codes/",
    "codes/4xx/",
    "codes/404/",
    "compare/redirects/",
    "guide/",
    "offline/",
    "codes/299/",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await page.goto("search/?q=rate%20limit");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toBeVisible();
  await page.getByRole("banner").getByLabel("Search status codes").fill("gone");
  await page.waitForLoadState("networkidle");
  await saveControl(page).click();
  await expect(page.locator("[data-offline-status]")).toBeVisible();
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await context.close();

  const worker = readFileSync(join(dist, "sw.js"), "utf8");
  const list = JSON.parse(/\[\{"bytes".*?\}\]/s.exec(worker)![0]) as { url: string; shell?: boolean }[];
  const base = new URL(baseURL!).pathname;
  const paths = list.map((entry) => new URL(entry.url, new URL(baseURL!)).pathname);
  // Pagefind's index chunks are content-named: a search loads some of each kind it uses, never all.
  const chunkFolder = (path: string) => /\/pagefind\/(index|fragment|filter)\//.exec(path)?.[0];
  const usedFolders = new Set([...requested].map(chunkFolder).filter(Boolean));
  const unrequested = paths.filter((path) => {
    // The host's answer for any missing address, which the worker gives offline.
    if (requested.has(path) || path === `${base}404.html`) return false;
    if (path.endsWith("/")) return !builtPages.includes(path.slice(base.length));
    return !usedFolders.has(chunkFolder(path));
  });
  expect(unrequested).toEqual([]);
  // And it is the whole site: every page, the shell and the search index.
  for (const path of builtPages) expect(paths).toContain(base + path);
  expect(paths).toContain(`${base}search-index.json`);
  expect(list.filter((entry) => entry.shell).map((entry) => entry.url)).toEqual(
    expect.arrayContaining(["theme.js", "404.html", "offline/", "search-index.json"]),
  );
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
