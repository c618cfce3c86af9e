import { expect, test } from "vitest";
import { headerRules, headersFile } from "../../src/lib/headers";
import { contentSecurityPolicy } from "../../src/lib/csp";

test("every rule's path lies under the base", () => {
  for (const base of ["/", "/http-status/"]) {
    for (const rule of headerRules(base)) expect(rule.path.startsWith(base), rule.path).toBe(true);
  }
});

test("the _headers file follows the base path", () => {
  const file = headersFile("/http-status/");
  expect(file).toContain("/http-status/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
  expect(file).toContain("/http-status/sw.js\n  Cache-Control: no-cache");
  expect(file).toContain("/http-status/codes.json\n  Access-Control-Allow-Origin: *");
  expect(file).not.toMatch(/^\/_astro/m);
});

test("every page gets the site's Content-Security-Policy", () => {
  const [all] = headerRules("/");
  expect(all).toEqual(expect.objectContaining({ path: "/*" }));
  expect(all!.headers["Content-Security-Policy"]).toBe(contentSecurityPolicy);
});
