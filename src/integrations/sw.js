// The site's service worker. The build fills in the version, base path and
// file list (src/integrations/offline.ts); every build gets its own cache.
const VERSION = "__VERSION__";
const BASE = "__BASE__";
const FILES = "__FILES__";
const CACHE = `http-status-${VERSION}`;

self.addEventListener("install", (event) => {
  // Take over as soon as the whole site is cached, so no one keeps old pages.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("http-status-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The cached answer for a request: query strings (`?q=`, Pagefind's cache-busting tag) are ignored. */
async function cached(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  const hit =
    (await cache.match(url.pathname, { ignoreSearch: true })) ??
    (!url.pathname.endsWith("/") && (await cache.match(`${url.pathname}/`)));
  return hit || undefined;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(
    (async () => {
      const hit = await cached(request);
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        // Offline and not cached: a page request gets the site's not-found page.
        if (request.mode === "navigate") {
          const fallback = await caches.match(`${BASE}404.html`);
          if (fallback) return fallback;
        }
        throw error;
      }
    })(),
  );
});
