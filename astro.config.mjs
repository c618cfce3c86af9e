// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

/** Where the site is served from; set BASE_PATH=/http-status/ to host it under a sub-path. */
const base = process.env.BASE_PATH || "/";

export default defineConfig({
  site: process.env.SITE_URL || "https://http-status.example",
  base,
  // Each build of a test fixture needs its own content cache, so keep it beside the project root.
  cacheDir: "./.cache/astro",
  integrations: [mdx()],
  // Example exchanges are short and plain; highlighting would add kilobytes of inline styles per page.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module triggers this warning (withastro/astro#18087); it is harmless.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
