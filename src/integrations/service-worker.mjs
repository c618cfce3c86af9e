// @ts-check
/**
 * The worker step: bundles the service worker (src/integrations/sw.js, with the
 * Workbox modules it imports) and writes it to `<site>/sw.js` with the list of
 * files it may cache, each with a revision, so a new build replaces only what
 * changed. The build runs it (src/integrations/offline.ts); so can anyone on a
 * built folder:
 *
 *   node src/integrations/service-worker.mjs dist
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { injectManifest } from "workbox-build";

/**
 * The shell, kept by every visitor: the site's CSS and JS, the script that sets
 * the colour scheme, the icon every page shows, the own search index, and the
 * two pages the worker answers with offline (not-found, not saved).
 */
const shell = ["_astro/**", "theme.js", "favicon.svg", "search-index.json", "404.html", "offline/index.html"];

/**
 * The rest of what the site requests, kept when the reader saves the site: every
 * page, and the Pagefind files its runtime loads. Anything else in the build is
 * left out: data files for tools, crawler and host files, icons only an install
 * prompt or a link preview fetches, and the Pagefind UI bundles and
 * language-less WebAssembly that the Pagefind CLI writes whether or not a site uses them.
 */
const site = [
  "**/index.html",
  "pagefind/pagefind.js",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind-entry.json",
  "pagefind/wasm.*.pagefind",
  "pagefind/*.pf_meta",
  "pagefind/{index,fragment,filter}/*",
];
const neverRequested = ["pagefind/wasm.unknown.pagefind"];

/** Files whose name changes with their content: the URL is the revision. */
const hashedNames = /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/;

/** A shell file, as a glob-free test on a path relative to the site. */
const inShell = (/** @type {string} */ path) => path.startsWith("_astro/") || shell.includes(path);

/**
 * One file the worker knows: `url` relative to the worker (so one sw.js works
 * under any base path), Workbox's `revision` (null when the name is one), the
 * bytes a host sends for it, and whether it is part of the shell.
 * @typedef {{ url: string; revision: string | null; bytes: number; shell?: true }} Entry
 */

/**
 * Writes `<dir>/sw.js`. Returns how many files the shell and the whole site
 * hold, and the bytes each costs to download.
 * @param {string} dir the built site
 */
export async function writeServiceWorker(dir) {
  const work = mkdtempSync(join(tmpdir(), "sw-"));
  try {
    const bundled = join(work, "sw.js");
    await build({
      entryPoints: [fileURLToPath(new URL("./sw.js", import.meta.url))],
      outfile: bundled,
      bundle: true,
      format: "iife",
      minify: true,
      target: "es2022",
      // Workbox's modules keep their development logging behind this check.
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    /** @type {Entry[]} */
    let entries = [];
    const { warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(dir, "sw.js"),
      globDirectory: dir,
      globPatterns: [...shell, ...site],
      globIgnores: neverRequested,
      dontCacheBustURLsMatching: hashedNames,
      // Pagefind's WebAssembly is the largest file (about 60 KB); nothing the site needs is left out by size.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      manifestTransforms: [
        (manifest) => {
          entries = manifest.map(({ url, revision }) => {
            const body = readFileSync(join(dir, url));
            /** @type {Entry} */
            const entry = {
              // Pages by their address: `codes/404/`, and `./` for the home page.
              url: url.replace(/(^|\/)index\.html$/, "$1") || "./",
              revision: revision ?? null,
              // What a host sends: gzip for text, the file as it is where gzip gains nothing (Pagefind's index).
              bytes: Math.min(body.length, gzipSync(body, { level: 6 }).length),
            };
            if (inShell(url)) entry.shell = true;
            return entry;
          });
          // Workbox wants each entry's size back (and drops it from the worker).
          return { manifest: entries.map((entry, i) => ({ ...entry, size: manifest[i]?.size ?? 0 })) };
        },
      ],
    });
    if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join("; ")}`);
    const sum = (/** @type {Entry[]} */ list) => list.reduce((total, e) => total + e.bytes, 0);
    const kept = entries.filter((e) => e.shell);
    return { shellFiles: kept.length, shellBytes: sum(kept), siteFiles: entries.length, siteBytes: sum(entries) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node src/integrations/service-worker.mjs <built site folder>");
    process.exit(2);
  }
  const result = await writeServiceWorker(resolve(dir));
  console.log(`${join(dir, "sw.js")}: ${JSON.stringify(result)}`);
}
