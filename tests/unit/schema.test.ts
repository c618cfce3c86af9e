import { describe, expect, test } from "vitest";
import { codeSchema } from "../../src/content/schema";

/** The smallest valid registered entry; each test breaks one rule of it. */
const valid = {
  code: 404,
  title: "Not Found",
  summary: "The server has no current representation for the target resource.",
  status: "registered",
  spec: { title: "RFC 9110, Section 15.5.5", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5" },
};

/** The fields and messages of every problem the schema reports for an entry. */
function problems(entry: Record<string, unknown>): string[] {
  const result = codeSchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the code schema", () => {
  test("accepts a complete registered entry and fills in the defaults", () => {
    const parsed = codeSchema.parse(valid);
    expect(parsed).toMatchObject({ related: [], aliases: [], headers: [], vendors: [], messages: [] });
  });

  test.each([
    [{ code: 600 }, "code: must be between 100 and 599"],
    [{ code: 99 }, "code: must be between 100 and 599"],
    [{ code: 404.5 }, "code: must be a whole number"],
    [{ code: "404" }, "code: must be a number such as 404"],
    [{ summary: "Too short." }, "summary: must be one full sentence"],
    [{ summary: "x".repeat(201) }, "summary: must be one sentence of at most 200 characters"],
    [{ spec: undefined }, "spec: is required for a code in the IANA registry"],
    [{ related: [404] }, "related: must not list the code itself"],
    [{ status: "temporary" }, "registration: is required for a temporary registration"],
    [{ status: "unofficial", spec: undefined }, "vendors: must name who sends an unofficial code"],
    [{ spec: { title: "RFC 9110", url: "rfc9110" } }, "spec.url: must be an absolute URL"],
  ])("rejects %j with a message naming the field", (change, message) => {
    expect(problems({ ...valid, ...change })).toContain(message);
  });

  test("reads a YAML date and a written date the same way", () => {
    const registration = { registered: new Date("2024-11-13T00:00:00Z"), expires: "2026-11-13" };
    const parsed = codeSchema.parse({ ...valid, status: "temporary", registration });
    expect(parsed.registration).toEqual({ registered: "2024-11-13", expires: "2026-11-13" });
  });

  describe("messages", () => {
    const message = {
      software: "nginx",
      where: "error-log",
      text: "upstream prematurely closed connection",
      source: "https://github.com/nginx/nginx/blob/release-1.29.3/src/http/ngx_http_upstream.c",
    };

    test("accept a quoted message with its source and an optional cause", () => {
      const other = { ...message, text: "no live upstreams", cause: "upstream-crashed" };
      expect(problems({ ...valid, messages: [message, other] })).toEqual([]);
    });

    test("reject the same software's same text twice", () => {
      expect(problems({ ...valid, messages: [message, { ...message, where: "error-page" }] })).toEqual([
        "messages.1.text: repeats messages[0] from nginx",
      ]);
    });

    test.each([
      [{ source: undefined }, "messages.0.source: "],
      [{ source: "ngx_http_upstream.c" }, "messages.0.source: must be an absolute URL"],
      [{ where: "somewhere" }, "messages.0.where: "],
      [{ cause: "Upstream Crashed" }, "messages.0.cause: must be lower-case words joined by hyphens"],
      [{ text: "" }, "messages.0.text: "],
    ])("reject %j", (change, start) => {
      const found = problems({ ...valid, messages: [{ ...message, ...change }] });
      expect(
        found.some((p) => p.startsWith(start)),
        found.join("\n"),
      ).toBe(true);
    });
  });
});
