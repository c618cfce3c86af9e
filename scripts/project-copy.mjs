// A throwaway copy of the project for a build that must not touch the real one
// (the bad-entry tests, the build-cost benchmark): what a build reads, copied,
// and node_modules linked. Each copy has its own content cache and output.
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const projectRoot = new URL("..", import.meta.url).pathname;
/** What a build reads, besides the Astro config (by any extension). */
const buildInputs = ["src", "content", "data", "public", "tsconfig.json", "package.json"];

/** Copies the project into a new temporary folder named after `prefix` and returns its path. */
export function projectCopy(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of readdirSync(projectRoot)) {
    if (buildInputs.includes(name) || name.startsWith("astro.config.")) {
      cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
    }
  }
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"));
  return dir;
}
