import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { projectCopy } from "../scripts/project-copy.mjs";

/**
 * Each fixture under tests/fixtures/bad-entries/ is dropped into a copy of the
 * project, whose build must then fail with a message naming the file and field.
 */
const projectRoot = new URL("..", import.meta.url).pathname;
const fixtures = join(projectRoot, "tests/fixtures/bad-entries");

const expectations: Record<string, { file: string; field: RegExp }> = {
  "missing-summary": { file: "404.mdx", field: /summary/ },
  "code-out-of-range": { file: "600.mdx", field: /code/ },
  "code-not-file-name": { file: "455.mdx", field: /code.*file name/s },
  "duplicate-code": { file: "404-again.mdx", field: /code.*already used by .*404\.mdx/s },
  "related-without-page": { file: "457.mdx", field: /related.*299/s },
  "invalid-mdx": { file: "458.mdx", field: /div/ },
  "unknown-status": { file: "459.mdx", field: /status/ },
  "message-cause-missing": { file: "456.mdx", field: /messages\[0\]\.cause.*upstream-went-away/s },
  "message-repeated": { file: "454.mdx", field: /messages.*1.*text.*repeats messages\[0\] from Fixture Server/s },
};

// Each build has its own copy of the project, so the builds can share the workers with other tests.
test.describe.configure({ mode: "parallel" });

test("every fixture has an expectation", () => {
  expect(readdirSync(fixtures).sort()).toEqual(Object.keys(expectations).sort());
});

for (const [name, { file, field }] of Object.entries(expectations)) {
  test(`a bad entry fails the build: ${name}`, () => {
    test.setTimeout(120_000);
    const dir = projectCopy("bad-entry-");
    try {
      cpSync(join(fixtures, name), join(dir, "content/codes"), { recursive: true });
      const build = spawnSync(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" },
      });
      const output = build.stdout + build.stderr;
      expect(build.status, output).not.toBe(0);
      expect(output).toContain(file);
      expect(output).toMatch(field);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
