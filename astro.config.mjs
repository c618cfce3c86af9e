// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import pagefindIndex from "./src/integrations/pagefind";
import offline from "./src/integrations/offline";
import hostHeaders from "./src/integrations/headers";

/** Where the site is served from; set BASE_PATH=/http-status/ to host it under a sub-path. */
const base = process.env.BASE_PATH || "/";

export default defineConfig({
  // The public origin, for canonical URLs, the sitemap and OpenSearch; set SITE_URL when deploying.
  site: process.env.SITE_URL || "http://localhost:4321",
  base,
  outDir: process.env.OUT_DIR || "./dist",
  // Each build of a test fixture needs its own content cache, so keep it beside the project root.
  cacheDir: "./.cache/astro",
  // Order matters: the service worker lists the files Pagefind writes.
  integrations: [
    mdx(),
    // The not-found and not-saved pages are for people who took a wrong turn or are offline, not for search engines.
    sitemap({
      filter: (page) =>
        !["404/", "offline/"].some((path) => new URL(page).pathname === base.replace(/\/?$/, "/") + path),
    }),
    pagefindIndex(),
    offline(),
    hostHeaders(),
  ],
  // Example exchanges are short and plain; highlighting would add kilobytes of inline styles per page.
  markdown: { syntaxHighlight: false },
  // The Content-Security-Policy allows no inline <style> or <script>: keep even small ones in files.
  build: { inlineStylesheets: "never" },
  vite: {
    plugins: [
      {
        // Scripts are few and small: listing a lazy chunk's dependencies for preloading costs more than it saves.
        // (Astro's build config fixes the top-level modulePreload, hence the per-environment hook.)
        name: "no-module-preload",
        /** @param {string} name */
        configEnvironment: (name) => (name === "client" ? { build: { modulePreload: false } } : undefined),
      },
      {
        // With nothing to preload, Vite's helper around each lazy import() only calls it, yet costs every page
        // 0.9 KB of JavaScript (gzip); a one-line helper that just calls it keeps the lazy imports working.
        name: "plain-lazy-imports",
        enforce: "pre",
        /** @param {string} id */
        load: (id) =>
          id === "\0vite/preload-helper.js" ? "export const __vitePreload = (load) => load();" : undefined,
      },
    ],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        /**
         * @param {{ code?: string }} warning
         * @param {(warning: any) => void} warn
         */
        onwarn(warning, warn) {
          // Every .mdx module triggers this warning (withastro/astro#18087); it is harmless.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
