import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { writeServiceWorker } from "./service-worker.mjs";

/**
 * Writes the service worker once everything else is built (Pagefind's index
 * included), so its file list names every file it may cache. The step itself
 * lives in service-worker.mjs, which also runs on its own on a built folder.
 */
export default function offline(): AstroIntegration {
  return {
    name: "offline",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
        const { shellFiles, shellBytes, siteFiles, siteBytes } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `service worker: shell ${shellFiles} files (${kb(shellBytes)}), whole site ${siteFiles} files (${kb(siteBytes)})`,
        );
      },
    },
  };
}
