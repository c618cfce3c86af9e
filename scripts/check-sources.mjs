#!/usr/bin/env node
/**
 * npm run check:sources [-- --timeout MS --concurrency N]
 *
 * Requests every external source URL in content/ and data/ and lists the ones
 * that no longer answer (a network error, a timeout or a status of 400 or more).
 * It needs the internet, so it is not part of npm test; run it before a release
 * and whenever a content change adds sources. Exits 1 when any URL is dead.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkUrls, extractUrls } from "./lib/source-urls.mjs";

const { values } = parseArgs({
  options: { timeout: { type: "string", default: "15000" }, concurrency: { type: "string", default: "4" } },
});
const root = new URL("..", import.meta.url).pathname;

/** Files whose URLs are sources: the pages and the data with its notes. */
async function sourceFiles() {
  const files = [];
  for (const dir of ["content", "data"]) {
    for (const entry of await readdir(join(root, dir), { recursive: true })) {
      if (/\.(mdx|md|json)$/.test(entry)) files.push(join(dir, entry));
    }
  }
  return files.sort();
}

/** @type {Map<string, string[]>} */
const foundIn = new Map();
for (const file of await sourceFiles()) {
  for (const url of extractUrls(await readFile(join(root, file), "utf8"))) {
    foundIn.set(url, [...(foundIn.get(url) ?? []), file]);
  }
}
const urls = [...foundIn.keys()];
console.log(`Checking ${urls.length} source URLs, ${values.concurrency} at a time...`);
const results = await checkUrls(urls, { timeoutMs: Number(values.timeout), concurrency: Number(values.concurrency) });
const dead = results.filter((r) => !r.ok);
for (const r of dead) {
  console.log(`DEAD ${r.status ?? r.error}  ${r.url}\n     in ${foundIn.get(r.url)?.join(", ")}`);
}
console.log(`${results.length - dead.length} answered, ${dead.length} dead.`);
process.exit(dead.length > 0 ? 1 : 0);
