#!/usr/bin/env node
/**
 * npm run registry:check [-- SOURCE] [--write --updated YYYY-MM-DD] [--registry FILE]
 *
 * Compares the project's copy of the IANA HTTP Status Code Registry
 * (data/iana-registry.json) with the registry's CSV, and lists every new,
 * removed and renamed code and every change of status, reference or temporary
 * registration. SOURCE is a file path or a URL; without it the CSV is downloaded
 * from IANA. Exits 1 when there are differences, so a scheduled job notices.
 *
 * --write replaces the copy with the registry's content. The CSV carries no date,
 * so --updated must give the "Last Updated" date shown on the IANA page.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeDiff, diffRegistry, hasDifferences, parseRegistryCsv, updatedCopy } from "./lib/registry.mjs";

const ianaCsv = "https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: "boolean", default: false },
    updated: { type: "string" },
    registry: { type: "string", default: new URL("../data/iana-registry.json", import.meta.url).pathname },
    timeout: { type: "string", default: "20000" },
  },
});

async function readSource(source) {
  if (!/^https?:\/\//.test(source)) return readFile(source, "utf8");
  const response = await fetch(source, { signal: AbortSignal.timeout(Number(values.timeout)) });
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

const source = positionals[0] ?? ianaCsv;
if (values.write && !/^\d{4}-\d{2}-\d{2}$/.test(values.updated ?? "")) {
  console.error('--write needs --updated YYYY-MM-DD: the "Last Updated" date on the IANA registry page.');
  process.exit(2);
}

let fresh;
try {
  fresh = parseRegistryCsv(await readSource(source));
} catch (error) {
  console.error(`Could not read the registry from ${source}: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
const copy = JSON.parse(await readFile(values.registry, "utf8"));
const diff = diffRegistry(copy.codes, fresh);

if (!hasDifferences(diff)) {
  console.log(`No differences: ${values.registry} (last updated ${copy.lastUpdated}) matches ${source}.`);
  process.exit(0);
}
console.log(`Differences between ${values.registry} (last updated ${copy.lastUpdated}) and ${source}:`);
for (const line of describeDiff(diff)) console.log(`  ${line}`);
if (values.write) {
  await writeFile(values.registry, `${JSON.stringify(updatedCopy(copy, fresh, values.updated), null, 2)}\n`);
  console.log(`Updated ${values.registry}; now check the pages of the codes listed above.`);
  process.exit(0);
}
console.log("Run again with --write --updated YYYY-MM-DD to update the copy.");
process.exit(1);
