import { describe, expect, test } from "vitest";
import { distance, prepare, rank, squash, words, type SearchRecord } from "../../src/lib/rank";

const record = (code: number, title: string, keywords: string[] = [], status = "registered"): SearchRecord => ({
  code,
  title,
  summary: `The summary of ${code} ${title}.`,
  url: `/codes/${code}/`,
  status,
  keywords,
});

const index = prepare([
  record(401, "Unauthorized", ["HTTP_UNAUTHORIZED", "StatusUnauthorized"]),
  record(403, "Forbidden", ["HTTP_FORBIDDEN", "StatusForbidden"]),
  record(404, "Not Found", ["HTTP_NOT_FOUND", "StatusNotFound", "HTTPStatus.NOT_FOUND"]),
  record(413, "Content Too Large", ["Payload Too Large", "Request Entity Too Large"]),
  record(429, "Too Many Requests", ["rate limit", "StatusTooManyRequests"]),
  record(499, "Client Closed Request", ["nginx"], "unofficial"),
  record(502, "Bad Gateway", ["HttpStatusCode.BadGateway"]),
]);
const first = (query: string) => rank(query, index)[0]?.record.code;

describe("text helpers", () => {
  test("squash and words ignore case and punctuation", () => {
    expect(squash("HttpStatusCode.BadGateway")).toBe(squash("httpstatuscode badgateway"));
    expect(words("Too-Many Requests!")).toEqual(["too", "many", "requests"]);
  });

  test.each([
    ["forbidden", "forbidden", 0],
    ["forbiden", "forbidden", 1],
    ["unauthroized", "unauthorized", 1],
    ["abc", "xyz", 3],
  ])("distance(%j, %j) is %i", (a, b, d) => {
    expect(distance(a, b, 3)).toBe(d);
  });

  test("distance stops early past its limit", () => {
    expect(distance("a", "abcdefgh", 2)).toBe(3);
  });
});

describe("rank", () => {
  test.each([
    ["404", 404],
    ["http 502", 502],
    ["not found", 404],
    ["payload too large", 413],
    ["forbiden", 403],
    ["HTTP_UNAUTHORIZED", 401],
    ["httpstatuscode.badgateway", 502],
    ["rate limit", 429],
  ])("%j puts %i first", (query, code) => {
    expect(first(query)).toBe(code);
  });

  test("treats any input as text and answers nothing for blank or unknown queries", () => {
    expect(rank("   ", index)).toEqual([]);
    expect(rank("<img src=x onerror=alert(1)>", index).map((r) => r.record.code)).not.toContain(undefined);
    expect(() => rank("a".repeat(5000), index)).not.toThrow();
    expect(rank("zzzzqqqq", index)).toEqual([]);
  });
});
