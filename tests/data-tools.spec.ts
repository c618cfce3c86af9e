/**
 * The project's pure logic, tested without a browser: the build's date and the
 * lapse of temporary registrations, the registry comparison behind
 * `npm run registry:check`, and the URL extraction and checks behind
 * `npm run check:sources`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { buildDay, hasLapsed } from "../src/lib/dates";
import { describeDiff, diffRegistry, parseCsv, parseRegistryCsv, updatedCopy } from "../scripts/lib/registry.mjs";
import { checkUrls, extractUrls } from "../scripts/lib/source-urls.mjs";

const projectRoot = new URL("..", import.meta.url).pathname;
const fixtures = join(projectRoot, "tests/fixtures/registry");
const read = (path: string) => readFileSync(join(projectRoot, path), "utf8");

test.describe("the build's date", () => {
  test("is BUILD_DATE when it is set, so builds can be reproduced", () => {
    expect(buildDay("2026-11-13")).toBe("2026-11-13");
  });
  test("is the real date (UTC) when BUILD_DATE is unset or empty", () => {
    const now = new Date("2027-03-04T23:30:00Z");
    expect(buildDay(undefined, now)).toBe("2027-03-04");
    expect(buildDay("", now)).toBe("2027-03-04");
  });
  test("rejects a BUILD_DATE that is not a day", () => {
    expect(() => buildDay("13/11/2026")).toThrow(/BUILD_DATE must be a date written YYYY-MM-DD/);
    expect(() => buildDay("2026-13-40")).toThrow(/BUILD_DATE/);
  });
});

test.describe("a temporary registration", () => {
  test("runs until the day before it expires", () => {
    expect(hasLapsed("2026-11-13", "2025-09-15")).toBe(false);
    expect(hasLapsed("2026-11-13", "2026-11-12")).toBe(false);
  });
  test("has lapsed from its expiry day on", () => {
    expect(hasLapsed("2026-11-13", "2026-11-13")).toBe(true);
    expect(hasLapsed("2026-11-13", "2027-01-02")).toBe(true);
  });
});

test.describe("the registry comparison", () => {
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

test.describe("source URLs", () => {
  test("are taken from links, YAML and JSON without the punctuation around them", () => {
    const text = [
      "See [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5).",
      "    url: https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx",
      '"source": "https://www.iana.org/assignments/http-status-codes/",',
      "(see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues)",
      "Again: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5, and <https://nginx.org/en/docs/>.",
    ].join("\n");
    expect(extractUrls(text)).toEqual([
      "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
      "https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx",
      "https://www.iana.org/assignments/http-status-codes/",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues",
      "https://nginx.org/en/docs/",
    ]);
  });

  test("leave out the example hosts of the sample exchanges", () => {
    expect(
      extractUrls(
        "Location: https://app.example.com/login and https://www.example/ and http://localhost:4321/ and https://x.test/",
      ),
    ).toEqual([]);
  });

  test("are found in the content, with the vendors' documents among them", () => {
    const urls = extractUrls(read("content/codes/530.mdx"));
    expect(urls).toContain(
      "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/",
    );
  });

  test.describe("checks", () => {
    let server: Server;
    let base = "";
    test.beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === "/ok") res.writeHead(200).end("ok");
        else if (req.url === "/moved") res.writeHead(301, { location: "/ok" }).end();
        else if (req.url === "/no-head") res.writeHead(req.method === "HEAD" ? 405 : 200).end();
        else if (req.url === "/slow") setTimeout(() => res.writeHead(200).end(), 3000);
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    test.afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    test("report dead URLs and timeouts, and follow redirects", async () => {
      const results = await checkUrls(
        ["/ok", "/moved", "/no-head", "/gone", "/slow"].map((p) => base + p),
        { timeoutMs: 500, concurrency: 2 },
      );
      expect(results.map((r) => [r.url.slice(base.length), r.ok, r.status ?? r.error])).toEqual([
        ["/ok", true, 200],
        ["/moved", true, 200],
        ["/no-head", true, 200],
        ["/gone", false, 404],
        ["/slow", false, "no answer within 500 ms"],
      ]);
    });
  });
});
