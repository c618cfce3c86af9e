import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import {
  cacheableByDefault,
  canHaveContent,
  protocolFacts,
  redirect,
  retry,
  retryInfo,
  retryKinds,
} from "../../src/model/facts";
import type { Status } from "../../src/content/schema";

/** Unit tests of the derived facts: each rule against the specification it cites. */

const registry: { codes: { code: number; status: string }[] } = JSON.parse(
  readFileSync(new URL("../../data/iana-registry.json", import.meta.url), "utf8"),
);
const registered = (code: number): Status =>
  (registry.codes.find((c) => c.code === code)?.status ?? "unofficial") as Status;
const section = (source: { title: string }) => source.title;

test("cacheable by default: RFC 9110's list, 451 from RFC 7725, never a 1xx, never an unrecognized code", () => {
  for (const code of [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]) {
    const fact = cacheableByDefault(code, "registered");
    expect(fact.value, `${code}`).toBe(true);
    expect(section(fact.source)).toBe("RFC 9110, Section 15.1");
  }
  expect(cacheableByDefault(451, "registered")).toMatchObject({
    value: true,
    source: { title: "RFC 7725, Section 3" },
  });
  for (const code of [201, 202, 302, 303, 307, 400, 403, 429, 500, 503]) {
    expect(cacheableByDefault(code, "registered").value, `${code}`).toBe(false);
  }
  expect(cacheableByDefault(103, "registered")).toMatchObject({
    value: false,
    source: { title: "RFC 9111, Section 3" },
  });
  // 218 is a 2xx, but nothing defines it as heuristically cacheable; 306 is reserved, not 300.
  expect(cacheableByDefault(218, "unofficial").value).toBe(false);
  expect(cacheableByDefault(306, "unused").value).toBe(false);
});

test("content: never for 1xx, 204, 205 and 304; possible for every other code", () => {
  for (const code of [100, 101, 103, 204, 205, 304]) expect(canHaveContent(code).value, `${code}`).toBe(false);
  expect(canHaveContent(205).source.title).toBe("RFC 9110, Section 15.3.6");
  expect(canHaveContent(204).source.title).toBe("RFC 9110, Section 6.4.1");
  for (const code of [200, 201, 206, 301, 404, 499, 500, 520]) expect(canHaveContent(code).value, `${code}`).toBe(true);
});

test("redirects: Fetch's five statuses, with what becomes of the method; 300 and 304 are not followed", () => {
  expect(redirect(301).value).toBe("post-becomes-get");
  expect(redirect(302).value).toBe("post-becomes-get");
  expect(redirect(303).value).toBe("becomes-get");
  expect(redirect(307).value).toBe("method-kept");
  expect(redirect(308).value).toBe("method-kept");
  for (const code of [300, 304, 305, 306, 200, 404]) expect(redirect(code).value, `${code}`).toBe("none");
  expect(redirect(307).source.url).toBe("https://fetch.spec.whatwg.org/#http-redirect-fetch");
  expect(redirect(300).source.url).toBe("https://fetch.spec.whatwg.org/#redirect-status");
});

test("retry: the codes whose specification says what a retry needs", () => {
  const expected: Record<number, string> = {
    401: "with-credentials",
    407: "with-credentials",
    421: "new-connection",
    425: "after-handshake",
    409: "after-change",
    412: "after-change",
    417: "after-change",
    429: "after-retry-after",
    503: "after-retry-after",
    408: "may-repeat",
    507: "user-action",
    501: "never-unchanged",
  };
  for (const [code, kind] of Object.entries(expected)) {
    expect(retry(Number(code), registered(Number(code))).value, code).toBe(kind);
  }
  expect(retry(421, "registered").source.title).toBe("RFC 9110, Section 15.5.20");
  expect(retry(425, "registered").source.title).toBe("RFC 8470, Section 5.2");
});

test("retry: other codes follow their class, and an unrecognized code is handled as its x00", () => {
  expect(retry(200, "registered").value).toBe("not-needed");
  expect(retry(304, "registered").value).toBe("not-needed");
  expect(retry(404, "registered")).toMatchObject({
    value: "never-unchanged",
    source: { title: "RFC 9110, Section 15.5" },
  });
  expect(retry(502, "registered")).toMatchObject({
    value: "idempotent-only",
    source: { title: "RFC 9110, Section 9.2.2" },
  });
  // Unofficial codes get no special rule even where their number has one in another meaning.
  expect(retry(520, "unofficial")).toMatchObject({
    value: "idempotent-only",
    source: { title: "RFC 9110, Section 15" },
  });
  expect(retry(499, "unofficial")).toMatchObject({
    value: "never-unchanged",
    source: { title: "RFC 9110, Section 15" },
  });
  expect(retry(418, "unused").value).toBe("never-unchanged");
  expect(retry(306, "unused").value).toBe("not-needed");
});

test("every fact of every code cites a section that its URL points to", () => {
  for (let code = 100; code <= 599; code++) {
    for (const fact of Object.values(protocolFacts(code, registered(code)))) {
      const { title, url } = fact.source;
      const rfc = /^RFC (\d+), Section ([\d.]+)$/.exec(title);
      if (rfc) expect(url, title).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc[1]}#section-${rfc[2]}`);
      else expect(url, title).toMatch(/^https:\/\/fetch\.spec\.whatwg\.org\/#[a-z-]+$/);
      expect(fact.label.length, `${code}`).toBeGreaterThan(3);
    }
  }
});

test("every retry kind has a label and a meaning, and the labels differ", () => {
  const labels = retryKinds.map((kind) => retryInfo[kind].label);
  expect(new Set(labels).size).toBe(retryKinds.length);
  for (const kind of retryKinds) expect(retryInfo[kind].meaning).toMatch(/\.$/);
});
