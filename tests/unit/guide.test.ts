import { expect, test } from "vitest";
import { allPaths, guide, pathTo, questions, reachableCodes } from "../../src/model/guide";
import { readdirSync } from "node:fs";

/** The codes that have pages: one file per code in content/codes. */
const pages = readdirSync(new URL("../../content/codes", import.meta.url)).map((f) => Number.parseInt(f, 10));

/** The codes a developer most often has to choose between; the guide must lead to each. */
const commonCodes = [
  200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 422,
  428, 429, 451, 500, 501, 502, 503, 504, 511,
];

test("the guide leads to every common code, and only to codes the site has pages for", () => {
  const reachable = reachableCodes();
  for (const code of commonCodes) expect(reachable, `the guide never leads to ${code}`).toContain(code);
  for (const code of reachable) expect(pages, `the guide leads to ${code}, which has no page`).toContain(code);
});

test("question ids are unique and usable as HTML ids", () => {
  const ids = questions().map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
});

test("every question offers at least two answers", () => {
  for (const q of questions()) expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
});

test("pathTo finds the answers that lead to a code, and nothing for a code the guide never gives", () => {
  const path = pathTo(429)!;
  expect(path[0]!.label).toBe(guide.answers[2]!.label);
  const last = path.at(-1)!;
  expect("codes" in last && last.codes.map((o) => o.code)).toContain(429);
  expect(pathTo(599)).toBeUndefined();
});

test("every path ends in codes, and the paths together reach every reachable code", () => {
  const ends = allPaths().map((path) => path.at(-1)!);
  for (const end of ends) expect("codes" in end).toBe(true);
  const codes = new Set(ends.flatMap((end) => ("codes" in end ? end.codes.map((o) => o.code) : [])));
  expect([...codes].sort((a, b) => a - b)).toEqual(reachableCodes());
});
