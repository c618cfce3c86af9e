import { expect, test } from "vitest";
import { leadOf, plainInline, sectionsOf, sentencesOf, toAscii, wrap } from "../../src/model/text";

/** Unit tests of the helpers that write the plain-text pages. */

test("toAscii spells the content's typography in ASCII and rejects what it cannot spell", () => {
  expect(toAscii("RFC 9110 §\u00A015.1 \u2014 \u201Cquoted\u201D \u2026 caf\u00E9")).toBe(
    'RFC 9110 Section 15.1 - "quoted" ... cafe',
  );
  expect(() => toAscii("\u4E2D")).toThrow(/U\+4E2D/);
});

test("wrap keeps lines within the width, indents continuations and gives a long URL its own line", () => {
  const lines = wrap("one two three four five six seven eight nine ten", { width: 20, first: "> ", indent: "  " });
  expect(lines).toEqual(["> one two three four", "  five six seven", "  eight nine ten"]);
  expect(wrap(`see https://example.org/${"a".repeat(90)}`, { width: 40 })).toEqual([
    "see",
    `https://example.org/${"a".repeat(90)}`,
  ]);
});

test("plainInline drops Markdown syntax but not the characters of code spans", () => {
  expect(plainInline("**404 vs 410:** see [410 Gone](/codes/410/) and `Accept: */*;q=0.1`, *really*")).toBe(
    "404 vs 410: see 410 Gone and Accept: */*;q=0.1, really",
  );
});

test("sentences end at a full stop before a capital, not after an abbreviation", () => {
  expect(sentencesOf("Send it, e.g. Retry later. Then wait. 3 tries.")).toEqual([
    "Send it, e.g. Retry later.",
    "Then wait.",
    "3 tries.",
  ]);
});

test("leadOf takes a section's first paragraph, not a list or a code fence, and adds a sentence after a short one", () => {
  const body =
    "## Example\n\n```http\nGET / HTTP/1.1\n```\n\n## When you receive it\n\n- a list\n\nStop. Then wait a while before you try the same request again. Third.\n";
  const sections = sectionsOf(body);
  expect([...sections.keys()]).toEqual(["Example", "When you receive it"]);
  expect(leadOf(sections.get("When you receive it"))).toBe(
    "Stop. Then wait a while before you try the same request again.",
  );
  expect(leadOf(sections.get("Example"))).toBeUndefined();
});
