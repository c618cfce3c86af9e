import { expect, test } from "vitest";
import { causeIds, messageGroups, messagePlaceLabels, sourceHref } from "../../src/model/messages";
import { messagePlaces } from "../../src/content/schema";
import { classOf, statusClasses } from "../../src/model/classes";

test("causeIds reads the ids of <Cause> bullets in body order", () => {
  const body = [
    "## Common causes and fixes",
    "",
    '- <Cause id="upstream-not-running">The upstream is not running:</Cause> start it.',
    '- <Cause  id="keep-alive-timeout-mismatch">Keep-alive timeout mismatch:</Cause> align them.',
    "- **Not a cause with an id:** plain bold.",
  ].join("\n");
  expect(causeIds(body)).toEqual(["upstream-not-running", "keep-alive-timeout-mismatch"]);
  expect(causeIds("no bullets")).toEqual([]);
});

test("every place a message can appear has a label", () => {
  expect(Object.keys(messagePlaceLabels).sort()).toEqual([...messagePlaces].sort());
});

test("classOf derives the class from the first digit", () => {
  expect(classOf(100).id).toBe("1xx");
  expect(classOf(226).id).toBe("2xx");
  expect(classOf(599).id).toBe("5xx");
  expect(() => classOf(600)).toThrow(/not in any class/);
  expect(statusClasses.map((c) => c.section)).toEqual(["15.2", "15.3", "15.4", "15.5", "15.6"]);
});

test("messageGroups keeps each software's messages together, in first-seen order", () => {
  const m = (software: string, text: string) => ({ software, text });
  const groups = messageGroups([m("nginx", "a"), m("curl", "b"), m("nginx", "c")]);
  expect(groups).toEqual([
    { software: "nginx", messages: [m("nginx", "a"), m("nginx", "c")] },
    { software: "curl", messages: [m("curl", "b")] },
  ]);
});

test("messageGroups states a version once when the whole group shares it", () => {
  const m = (software: string, text: string, version?: string) => ({ software, text, ...(version && { version }) });
  const groups = messageGroups([
    m("nginx", "a", "1.29"),
    m("curl", "b", "8.1"),
    m("nginx", "c", "1.29"),
    m("curl", "d"),
  ]);
  expect(groups[0]).toStrictEqual({
    software: "nginx",
    version: "1.29",
    messages: [m("nginx", "a", "1.29"), m("nginx", "c", "1.29")],
  });
  expect(groups[1]).toStrictEqual({ software: "curl", messages: [m("curl", "b", "8.1"), m("curl", "d")] });
});

test("sourceHref links a GitHub file at a full commit by the commit's first 12 digits, and nothing else changes", () => {
  expect(sourceHref("https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/x.c")).toBe(
    "https://github.com/nginx/nginx/blob/3f6f7824d4e2/src/http/x.c",
  );
  for (const unchanged of [
    "https://github.com/django/django/blob/5.2.18/django/http/response.py",
    "https://github.com/a/b/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521/short-by-one.c",
    "https://vercel.com/docs/errors/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/",
  ])
    expect(sourceHref(unchanged)).toBe(unchanged);
});
