import { describe, expect, test } from "vitest";
import { classUrl, codeUrl, compareUrl, searchUrl, url, withBase } from "../../src/lib/urls";

describe("withBase joins a base and a path with exactly one slash", () => {
  test.each([
    ["/", "codes/404/", "/codes/404/"],
    ["/", "/codes/404/", "/codes/404/"],
    ["/http-status/", "codes/404/", "/http-status/codes/404/"],
    ["/http-status", "codes/404/", "/http-status/codes/404/"],
    ["/http-status/", "//codes/404/", "/http-status/codes/404/"],
    ["/http-status/", "", "/http-status/"],
  ])("withBase(%j, %j) is %j", (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe("the URL helpers, at the root", () => {
  test("pages", () => {
    expect(url()).toBe("/");
    expect(codeUrl(404)).toBe("/codes/404/");
    expect(classUrl("4xx")).toBe("/codes/4xx/");
    expect(compareUrl("redirects")).toBe("/compare/redirects/");
  });

  test("the search page encodes its query as text", () => {
    expect(searchUrl()).toBe("/search/");
    expect(searchUrl("rate limit")).toBe("/search/?q=rate%20limit");
    expect(searchUrl("<img src=x>&q=1#x")).toBe("/search/?q=%3Cimg%20src%3Dx%3E%26q%3D1%23x");
  });
});
