/** The schemas of the data this issue added: deprecated constants, the `checked` date and corrections. */
import { describe, expect, test } from "vitest";
import { changeSchema, codeSchema, constantsSchema, languages as languageNames } from "../../src/content/schema";

/** Every language with no constant: a valid base that each test changes in one place. */
const languages = Object.fromEntries(languageNames.map((language) => [language, []]));

describe("constants", () => {
  test("a bare name and a deprecated name become the same shape", () => {
    const parsed = constantsSchema.parse({
      ...languages,
      rails: [":content_too_large", { name: ":payload_too_large", deprecated: "warns since Rack 3.1" }],
    });
    expect(parsed.rails).toEqual([
      { name: ":content_too_large" },
      { name: ":payload_too_large", deprecated: "warns since Rack 3.1" },
    ]);
  });
  test("a deprecated name must say how it is deprecated", () => {
    expect(constantsSchema.safeParse({ ...languages, rails: [{ name: ":x", deprecated: "" }] }).success).toBe(false);
  });
});

describe("the checked date", () => {
  const valid = {
    code: 218,
    title: "This is fine",
    summary: "Not a registered code: a number said to be an Apache catch-all, with no source to back it.",
    status: "unofficial",
    vendors: [{ name: "Apache HTTP Server", phrase: "This is fine", meaning: "Unconfirmed." }],
  };
  test("is optional and read as a day", () => {
    expect(codeSchema.parse(valid).checked).toBeUndefined();
    expect(codeSchema.parse({ ...valid, checked: new Date("2026-12-01") }).checked).toBe("2026-12-01");
  });
  test("must be a date", () => {
    expect(codeSchema.safeParse({ ...valid, checked: "last week" }).success).toBe(false);
  });
});

describe("a correction", () => {
  const valid = {
    date: "2026-12-01",
    page: "codes/505",
    change: "The section cited for refusing a version was wrong.",
  };
  test("names a code page or a comparison page", () => {
    expect(changeSchema.parse(valid).page).toBe("codes/505");
    expect(changeSchema.parse({ ...valid, page: "compare/redirects" }).page).toBe("compare/redirects");
    expect(changeSchema.safeParse({ ...valid, page: "/codes/505/" }).success).toBe(false);
  });
  test("says what changed", () => {
    expect(changeSchema.safeParse({ ...valid, change: "Fixed." }).success).toBe(false);
  });
});
