/** The registry comparison behind `npm run registry:check` (scripts/lib/registry.mjs), and the command itself on fixtures. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { describeDiff, diffRegistry, parseCsv, parseRegistryCsv, updatedCopy } from "../../scripts/lib/registry.mjs";

const projectRoot = new URL("../..", import.meta.url).pathname;
const fixtures = join(projectRoot, "tests/fixtures/registry");
const read = (path: string) => readFileSync(join(projectRoot, path), "utf8");

describe("the registry comparison", () => {
  test("reads quoted CSV fields with commas, doubled quotes and CRLF line ends", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\r\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["1", "2", "3"],
    ]);
  });

  test("reads statuses and a temporary registration's dates from the descriptions", () => {
    const codes = parseRegistryCsv(readFileSync(join(fixtures, "http-status-codes.csv"), "utf8"));
    expect(codes.map((c) => c.code)).toEqual([102, 104, 106, 305, 413, 418, 510]);
    expect(codes.find((c) => c.code === 104)).toEqual({
      code: 104,
      description: "Upload Resumption Supported",
      reference: "[draft-ietf-httpbis-resumable-upload-05]",
      status: "temporary",
      registration: { registered: "2024-11-13", extended: "2026-11-10", expires: "2027-11-13" },
    });
    expect(codes.find((c) => c.code === 106)?.registration).toEqual({
      registered: "2026-11-20",
      expires: "2027-11-20",
    });
    expect(codes.find((c) => c.code === 510)).toMatchObject({ description: "Not Extended", status: "obsoleted" });
    expect(codes.find((c) => c.code === 418)?.status).toBe("unused");
  });

  test("refuses a file that is not the registry's CSV", () => {
    expect(() => parseRegistryCsv("code,name\n200,OK\n")).toThrow(/Value,Description,Reference/);
  });

  test("finds the project's copy identical to a registry with the same content", () => {
    const copy = JSON.parse(read("data/iana-registry.json"));
    expect(describeDiff(diffRegistry(copy.codes, structuredClone(copy.codes)))).toEqual([]);
  });

  test("reports new, removed and renamed codes and changes of status, reference and registration", () => {
    const copy = JSON.parse(readFileSync(join(fixtures, "copy.json"), "utf8"));
    const fresh = parseRegistryCsv(readFileSync(join(fixtures, "http-status-codes.csv"), "utf8"));
    expect(describeDiff(diffRegistry(copy.codes, fresh))).toEqual([
      "new 106 Example Interim (temporary, [draft-example-interim-00])",
      "removed 421 Misdirected Request",
      "renamed 305: Use Proxy -> (Unused)",
      "renamed 413: Content Too Large -> Payload Too Large",
      "status of 305: registered -> unused",
      "reference of 102: [RFC2518] -> [RFC2518][RFC9999, Section 3]",
      "registration of 104: registered 2024-11-13, extended 2025-09-15, expires 2026-11-13 -> registered 2024-11-13, extended 2026-11-10, expires 2027-11-13",
    ]);
    const updated = updatedCopy(copy, fresh, "2026-11-20");
    expect(updated.lastUpdated).toBe("2026-11-20");
    expect(updated.note).toContain("last updated on 2026-11-20");
    expect(describeDiff(diffRegistry(updated.codes, fresh))).toEqual([]);
  });

  test("npm run registry:check reports the differences, then updates the copy with --write", () => {
    const dir = mkdtempSync(join(tmpdir(), "registry-"));
    const registry = join(dir, "iana-registry.json");
    copyFileSync(join(fixtures, "copy.json"), registry);
    const csv = join(fixtures, "http-status-codes.csv");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["scripts/registry-check.mjs", csv, "--registry", registry, ...args], {
        cwd: projectRoot,
        encoding: "utf8",
      });

    const check = run();
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("renamed 413: Content Too Large -> Payload Too Large");

    expect(run("--write").status).toBe(2);
    const write = run("--write", "--updated", "2026-11-20");
    expect(write.status).toBe(0);
    const written = JSON.parse(readFileSync(registry, "utf8"));
    expect(written.lastUpdated).toBe("2026-11-20");
    expect(written.codes.find((c: { code: number }) => c.code === 106)?.status).toBe("temporary");

    const again = run();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("No differences");
  });
});
