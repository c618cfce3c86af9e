// `npm test`: unit tests (Vitest, seconds), then the two builds, then the browser
// tests (Playwright against the built sites), and one closing line that adds up
// both runners. Stops at the first step that fails to run; a failing test in
// either runner still lets the other run, so one run shows every failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const reports = mkdtempSync(join(tmpdir(), "test-reports-"));
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status;
const npx = (...args) => run("npx", args);
const read = (file) => {
  try {
    return JSON.parse(readFileSync(join(reports, file), "utf8"));
  } catch {
    return undefined;
  }
};

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

npx("vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${join(reports, "unit.json")}`);
const unit = read("unit.json");
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
} else broken = true;

if (run("npm", ["run", "build"]) !== 0 || run("npm", ["run", "build:subpath"]) !== 0) {
  console.error("The build failed, so the browser tests did not run.");
  broken = true;
} else {
  run("npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: join(reports, "browser.json"),
  });
  const browser = read("browser.json");
  if (browser) {
    totals.passed += browser.stats.expected + browser.stats.flaky;
    totals.failed += browser.stats.unexpected;
    totals.skipped += browser.stats.skipped;
  } else broken = true;
}
rmSync(reports, { recursive: true, force: true });

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : "";
console.log(`\nUnit and browser tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
