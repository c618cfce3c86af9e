// The offline part of the benchmark: what a first visit costs with the service
// worker's background downloads, and what a deploy costs a returning reader.
// scripts/bench.mjs runs it; `node scripts/bench/offline.mjs` runs only this part
// and prints its rows (docs/performance.md is left as it is).
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { projectCopy } from "../project-copy.mjs";
import { basePath, launchBrowser, markdownTable, projectRoot, serveSite, size, timedBuild } from "./support.mjs";

/** The page a first visit lands on, and the page the deploy changes (its body only). */
const landing = "codes/404/";
const changedPage = "codes/418/";
const changedSource = "content/codes/418.mdx";
const addedSentence = "This sentence was added by the benchmark, to measure what a deploy costs a returning reader.";
/** How long a first visit is watched, the worker's background downloads included. */
const watchSeconds = 15;

const total = (sent) => sent.reduce((sum, r) => sum + r.bytes, 0);
/** `codes/418/index.html` as the address a reader sees, `/codes/418/`. */
const address = (file) => basePath + file.replace(/(^|\/)index\.html$/, "$1");

/** Whether a file of the second build is new or differs from the first build's. */
function differs(dir, file) {
  const before = join(dir, "before", file);
  return !existsSync(before) || !readFileSync(before).equals(readFileSync(join(dir, "after", file)));
}

/** Waits until the page's service worker has finished activating. */
const workerActive = (page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state !== "activated") {
      await new Promise((resolve) =>
        worker.addEventListener("statechange", () => worker.state === "activated" && resolve()),
      );
    }
  });

/** Everything a host sends for a first visit of the landing page within 15 s, the worker's work included. */
export async function measureFirstVisit(browser, dist = join(projectRoot, "dist")) {
  const host = await serveSite(projectRoot, { dist });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${host.url}${landing}`);
    await page.waitForTimeout(watchSeconds * 1000);
    const sent = host.sent();
    return { bytes: total(sent), files: sent.length };
  } finally {
    await context.close();
    host.close();
  }
}

/**
 * Two builds of a throwaway copy of the project, the second with one sentence
 * added to one page's body, served one after the other at one address. Measures
 * what a reader with a saved copy downloads when the worker updates, and which
 * navigation first shows the change to a reader who has opened the page before.
 */
export async function measureDeploy(browser) {
  const dir = projectCopy("bench-deploy-");
  const contexts = [];
  const reader = async () => {
    contexts.push(await browser.newContext());
    return contexts.at(-1).newPage();
  };
  let host;
  try {
    await timedBuild(dir);
    renameSync(join(dir, "dist"), join(dir, "before"));
    appendFileSync(join(dir, changedSource), `\n${addedSentence}\n`);
    await timedBuild(dir);
    renameSync(join(dir, "dist"), join(dir, "after"));

    const live = join(dir, "live");
    const deploy = (name) => {
      symlinkSync(join(dir, name), `${live}.next`);
      renameSync(`${live}.next`, live);
    };
    deploy("before");
    host = await serveSite(projectRoot, { dist: live });

    // One reader has opened the page; another has saved the whole site.
    const opened = await reader();
    await opened.goto(`${host.url}${changedPage}`);
    await workerActive(opened);
    const saved = await reader();
    await saved.goto(host.url);
    await workerActive(saved);
    await saved.evaluate(
      () =>
        new Promise((resolve, reject) => {
          navigator.serviceWorker.addEventListener("message", ({ data }) => {
            if (data?.offline?.error) reject(new Error(data.offline.error));
            if (data?.offline && !data.offline.progress && data.offline.missingFiles === 0) resolve();
          });
          navigator.serviceWorker.controller.postMessage({ offline: "save" });
        }),
    );

    deploy("after");
    host.forget();
    // The saved copy updates when the browser finds the new worker (on the next navigation, or here at once).
    await saved.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (worker)
        await new Promise((resolve) =>
          worker.addEventListener("statechange", () => worker.state === "activated" && resolve()),
        );
    });
    await saved.waitForTimeout(1000);
    const update = host.sent();

    let shownOn;
    for (let navigation = 1; navigation <= 3 && !shownOn; navigation++) {
      await opened.goto(`${host.url}${changedPage}`);
      if ((await opened.content()).includes(addedSentence)) shownOn = navigation;
    }
    return {
      updateBytes: total(update),
      updateFiles: update.map((r) => ({ address: address(r.file), bytes: r.bytes, changed: differs(dir, r.file) })),
      shownOn,
    };
  } finally {
    for (const context of contexts) await context.close();
    host?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ordinal = (n) =>
  ["", "the next navigation", "the second navigation", "the third navigation"][n] ?? "never (3 tried)";

/** The rows this part adds to the summary table: measure, result, target, met. */
export function offlineRows({ firstVisit, deploy }) {
  const files = deploy.updateFiles;
  const isPagefind = (f) => f.address.startsWith(`${basePath}pagefind/`);
  const pagefind = files.filter(isPagefind);
  // Pagefind splits its index by ranges of words, so one new sentence touches most of its chunks.
  const parts = [
    ...files.filter((f) => !isPagefind(f)).map((f) => `\`${f.address}\` ${size(f.bytes)}`),
    ...(pagefind.length ? [`${pagefind.length} Pagefind index files ${size(total(pagefind))}`] : []),
  ];
  return [
    [
      `Code page \`/${landing}\`: first visit with the service worker's background downloads (${watchSeconds} s)`,
      `${size(firstVisit.bytes)} gzip, ${firstVisit.files} files`,
      "≤ 150 KB",
      firstVisit.bytes <= 150 * 1024,
    ],
    [
      `Update a saved offline copy after a deploy that changed one page's body (\`${changedSource}\`)`,
      `${size(deploy.updateBytes)} gzip, ${files.length} files: ${parts.join(", ")}`,
      "only the changed files",
      files.every((f) => f.changed),
    ],
    [
      "The changed page, for a returning reader online after that deploy, shows on",
      ordinal(deploy.shownOn),
      "the next navigation",
      deploy.shownOn === 1,
    ],
  ];
}

/** Runs this part alone: `node scripts/bench/offline.mjs` (after a build). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launchBrowser();
  try {
    const rows = offlineRows({ firstVisit: await measureFirstVisit(browser), deploy: await measureDeploy(browser) });
    console.log(
      markdownTable(
        ["Measure", "Result", "Target", "Met"],
        rows.map((r) => [...r.slice(0, 3), r[3] ? "yes" : "**no**"]),
      ),
    );
  } finally {
    await browser.close();
  }
}
