// The site's service worker. src/integrations/service-worker.mjs bundles it with
// the Workbox modules it imports and writes the build's file list into it.
//
// Every visitor keeps the shell (CSS, JS, the own search index, the not-found
// and not-saved pages) and the pages they open; the whole site is kept only when
// the reader asks for it ("Save for offline" in the footer, src/scripts/offline.ts).
// Pages come from the network first, so a new deploy shows on the next navigation.
import { cacheNames, clientsClaim, setCacheNameDetails } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";

/** @type {{ url: string; revision: string | null; bytes: number; shell?: true }[]} */
const files = self.__WB_MANIFEST;

const scope = self.registration.scope;
/** A manifest URL (relative to this worker, which lives at the site's base) made absolute. */
const here = (url) => new URL(url, location.href).href;

setCacheNameDetails({ prefix: "http-status" });
const PAGES = `http-status-pages-${scope}`;
const ASSETS = `http-status-assets-${scope}`;
const SAVED = `http-status-saved-${scope}`;

const isAsset = (entry) => entry.url.startsWith("_astro/");
/** This build's CSS and JS: their names change with their content, so each is cached once under its URL. */
const assets = files.filter(isAsset).map((entry) => here(entry.url));
/** What "Save for offline" keeps beyond the shell: every page and Pagefind's files. */
const saveable = files.filter((entry) => !entry.shell);
/** Where a saveable file lives in the saved copy: its URL, with the revision when the name does not carry one. */
const savedKey = (entry) => here(entry.url) + (entry.revision ? `?__revision=${entry.revision}` : "");
const savedKeys = new Map(saveable.map((entry) => [here(entry.url), savedKey(entry)]));
/** Every page of this build, to tell "not saved" from "no such page". */
const pages = new Set(saveable.filter((e) => e.url.endsWith("/")).map((e) => here(e.url)));

/** One cache key per page: no query or fragment, and `/codes/404` as `/codes/404/` (as the host redirects it). */
function normalise(href) {
  const url = new URL(href);
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/") && !/\.[a-z0-9_]+$/i.test(url.pathname)) url.pathname += "/";
  return url.href;
}

const inScope = (url) => url.href.startsWith(scope);

async function fromSavedCopy(href) {
  const key = savedKeys.get(normalise(href));
  return key ? caches.match(key, { cacheName: SAVED }) : undefined;
}

/** Offline and not cached: the not-saved page for a page of the site, the not-found page for anything else. */
async function offlineAnswer(href) {
  const known = pages.has(normalise(href));
  const page = await matchPrecache(known ? "offline/" : "404.html");
  if (!page) return Response.error();
  return new Response(page.body, { status: known ? 503 : 404, headers: page.headers });
}

// Pages: the network first, so a returning reader sees a new deploy at once; the
// cache after 3 s without an answer, or offline.
registerRoute(
  ({ request, url }) => request.mode === "navigate" && inScope(url),
  new NetworkFirst({
    cacheName: PAGES,
    networkTimeoutSeconds: 3,
    plugins: [
      {
        // Ask the host each time (a 304 is cheap), so the browser's HTTP cache cannot hide a new deploy either.
        requestWillFetch: ({ request }) =>
          new Request(request.url, { cache: "no-cache", redirect: "manual", credentials: "same-origin" }),
        cacheKeyWillBeUsed: ({ request }) => normalise(request.url),
        // Only real pages: not the host's not-found answers, nor its redirects (/codes/404 to /codes/404/).
        cacheWillUpdate: ({ response }) => (response.status === 200 && response.type === "basic" ? response : null),
        // A page not opened before may be in the saved copy, or be one of the shell's own pages.
        cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
          cachedResponse ?? (await fromSavedCopy(request.url)) ?? (await matchPrecache(request.url)),
        handlerDidError: ({ request }) => offlineAnswer(request.url),
      },
      // A bound on what visits can pile up, and the first thing to go when the device runs short of space.
      new ExpirationPlugin({ maxEntries: 1000, purgeOnQuotaError: true }),
    ],
  }),
);

// Hashed CSS and JS never change under one name: the cache first, the network once.
registerRoute(({ url }) => url.href.startsWith(here("_astro/")), new CacheFirst({ cacheName: ASSETS }));

// Pagefind's files, from the saved copy when there is one.
registerRoute(
  ({ url }) => savedKeys.has(normalise(url.href)),
  async ({ request }) => (await fromSavedCopy(request.url)) ?? fetch(request),
);

// The rest of the shell (theme.js, the icon, the own search index, the two offline pages): this build's copy.
precacheAndRoute(files.filter((entry) => entry.shell && !isAsset(entry)));

self.addEventListener("install", (event) => {
  // Take over as soon as this build's shell is in place; pages never depend on the worker's build.
  self.skipWaiting();
  event.waitUntil(
    (async () => {
      await keepAssets();
      // A saved copy follows the site: only new and changed files are downloaded.
      if (await caches.has(SAVED)) await save();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // The hand-written worker before this one kept a whole copy of the site per build.
      for (const key of await caches.keys()) if (/^http-status-[0-9a-f]{12}$/.test(key)) await caches.delete(key);
      await dropOutdated();
      await keepOpenPages();
      await tidyAssets();
    })(),
  );
});
clientsClaim();

/** This build's CSS and JS, fetched now so that any page of the site can be shown offline once it is saved. */
async function keepAssets() {
  const cache = await caches.open(ASSETS);
  const have = new Set((await cache.keys()).map((request) => request.url));
  // The page that installed the worker has just loaded some of them: the HTTP cache has those already.
  const missing = assets.filter((url) => !have.has(url));
  await Promise.all(
    missing.map(async (url) => {
      const response = await fetch(url, { cache: "force-cache" });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      await cache.put(url, response);
    }),
  );
}

/**
 * The page that installed the worker loaded before the worker existed: keep it
 * too, as if the worker had seen it (it usually comes from the HTTP cache).
 */
async function keepOpenPages() {
  const cache = await caches.open(PAGES);
  for (const client of await self.clients.matchAll({ type: "window" })) {
    const key = normalise(client.url);
    if (!pages.has(key) || (await cache.match(key)) || (await fromSavedCopy(key))) continue;
    const response = await fetch(key, { cache: "force-cache" }).catch(() => undefined);
    if (response?.status === 200 && !response.redirected) await cache.put(key, response);
  }
}

/** Removes saved files of earlier builds, and opened pages that the saved copy now holds in a newer version. */
async function dropOutdated() {
  if (!(await caches.has(SAVED))) return;
  const saved = await caches.open(SAVED);
  const current = new Set(savedKeys.values());
  for (const request of await saved.keys()) if (!current.has(request.url)) await saved.delete(request);
  const opened = await caches.open(PAGES);
  for (const request of await opened.keys()) if (await fromSavedCopy(request.url)) await opened.delete(request);
}

/**
 * Keeps the CSS and JS of this build and every file a kept page still needs (a
 * page opened under an earlier build keeps that build's files), and drops the rest.
 */
async function tidyAssets() {
  const cache = await caches.open(ASSETS);
  const names = (text) =>
    [...text.matchAll(/(?:_astro\/|\.\/)([\w.~-]+\.[a-z0-9]+)/gi)].map((m) => here(`_astro/${m[1]}`));
  const needed = new Set(assets);
  const pending = [];
  for (const name of [PAGES, SAVED, cacheNames.precache]) {
    if (!(await caches.has(name))) continue;
    const kept = await caches.open(name);
    for (const request of await kept.keys()) {
      const response = await kept.match(request);
      if (response?.headers.get("content-type")?.includes("text/html")) pending.push(...names(await response.text()));
    }
  }
  // Scripts import their chunks by relative name; follow them (this build's files need nothing older).
  while (pending.length > 0) {
    const url = pending.pop();
    if (needed.has(url)) continue;
    needed.add(url);
    const response = await cache.match(url);
    if (response && /\.(js|css)$/.test(url)) {
      for (const next of names(await response.text())) if (!needed.has(next)) pending.push(next);
    }
  }
  for (const request of await cache.keys()) if (!needed.has(request.url)) await cache.delete(request);
}

// "Save for offline": the footer's panel asks for the status, to save, or to remove the copy.
let saving;
let cancelled = false;

/** What is saved, for the panel; sent to every open page. */
async function status(extra = {}) {
  const keys = (await caches.has(SAVED)) ? (await (await caches.open(SAVED)).keys()).map((r) => r.url) : undefined;
  const have = new Set(keys);
  const missing = saveable.filter((entry) => !have.has(savedKey(entry)));
  return {
    saved: keys !== undefined,
    saving: saving !== undefined,
    pages: pages.size,
    files: saveable.length,
    missingFiles: missing.length,
    bytes: saveable.reduce((total, entry) => total + entry.bytes, 0),
    missingBytes: missing.reduce((total, entry) => total + entry.bytes, 0),
    ...extra,
  };
}

async function tell(message) {
  for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true }))
    client.postMessage({ offline: message });
}

/** Downloads every saveable file the saved copy lacks, a few at a time, telling open pages how far it got. */
function save() {
  saving ??= (async () => {
    cancelled = false;
    const cache = await caches.open(SAVED);
    const have = new Set((await cache.keys()).map((request) => request.url));
    const todo = saveable.filter((entry) => !have.has(savedKey(entry)));
    const total = { files: todo.length, bytes: todo.reduce((sum, entry) => sum + entry.bytes, 0) };
    const done = { files: 0, bytes: 0 };
    const worker = async () => {
      for (let entry = todo.shift(); entry && !cancelled; entry = todo.shift()) {
        // A revisioned file must be this build's: ask the host rather than trust the HTTP cache.
        const response = await fetch(here(entry.url), { cache: entry.revision ? "no-cache" : "default" });
        if (!response.ok) throw new Error(`${entry.url} answered ${response.status}`);
        await cache.put(savedKey(entry), response);
        done.files++;
        done.bytes += entry.bytes;
        await tell({ progress: { done, total } });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  })().finally(() => (saving = undefined));
  return saving;
}

async function remove() {
  cancelled = true;
  await saving?.catch(() => {});
  await caches.delete(SAVED);
  await tidyAssets();
}

const tasks = { status: async () => {}, save, remove };

self.addEventListener("message", (event) => {
  const task = tasks[event.data?.offline];
  if (!task) return;
  event.waitUntil(
    task().then(
      async () => tell(await status()),
      async (error) => tell(await status({ error: String(error?.message ?? error) })),
    ),
  );
});
