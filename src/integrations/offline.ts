import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { withBase } from "../lib/urls";

/**
 * Writes the service worker (src/integrations/sw.js) into the build with the
 * list of every file to cache and a version made from their contents, so each
 * build that changes anything replaces the visitor's cache.
 */
/**
 * Files a reader never needs offline: data and plain text for tools, link
 * preview images (fetched by unfurlers, never by the pages), crawler files,
 * host settings, the worker itself.
 */
const skipped =
  /^(sw\.js|codes\.(json|txt|schema\.json)|codes\/\d+\.(json|txt)|cards\/.*|_headers|robots\.txt|opensearch\.xml|sitemap.*\.xml)$/;

export default function offline(): AstroIntegration {
  let base = "/";
  return {
    name: "offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = (readdirSync(site, { recursive: true }) as string[])
          .filter((file) => /\.[a-z0-9_]+$/i.test(file) && !skipped.test(file))
          .sort();
        let worker = readFileSync(new URL("./sw.js", import.meta.url), "utf8");
        const hash = createHash("sha256").update(worker);
        for (const file of files) hash.update(file).update(readFileSync(join(site, file)));
        const urls = files.map((file) => withBase(base, file.replace(/(^|\/)index\.html$/, "$1")));
        const values: Record<string, unknown> = {
          __VERSION__: hash.digest("hex").slice(0, 12),
          __BASE__: base.endsWith("/") ? base : `${base}/`,
          __FILES__: urls,
        };
        for (const [name, value] of Object.entries(values)) {
          if (!worker.includes(`"${name}"`))
            throw new Error(`src/integrations/sw.js has lost its "${name}" placeholder`);
          worker = worker.replace(`"${name}"`, JSON.stringify(value));
        }
        writeFileSync(join(site, "sw.js"), worker);
        logger.info(`service worker caches ${urls.length} files`);
      },
    },
  };
}
