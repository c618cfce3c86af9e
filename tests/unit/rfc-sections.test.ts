/**
 * Every RFC section the content and data cite must exist: each citation is looked
 * up in data/rfc-sections.json, the section lists read from the RFC texts (each
 * list records where it came from).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { findCitations, mislabelledLinks, unknownSections } from "../../scripts/lib/rfc-citations.mjs";

const projectRoot = new URL("../..", import.meta.url).pathname;
const known: Record<string, { source: string; complete: boolean; sections: string[] }> = JSON.parse(
  readFileSync(join(projectRoot, "data/rfc-sections.json"), "utf8"),
).rfcs;

/** The files that cite RFCs: every page, the registry copy, the constants' sources and the corrections. */
const citingFiles = [
  ...["content/codes", "content/compare"].flatMap((dir) =>
    readdirSync(join(projectRoot, dir))
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => `${dir}/${f}`),
  ),
  "data/iana-registry.json",
  "data/constants-sources.md",
  "data/changes.json",
].sort();

test("the citation finder reads every form the content uses", () => {
  const text = [
    "([RFC 9110, Section 15](https://www.rfc-editor.org/rfc/rfc9110#section-15))",
    "RFC 9112 (Section 6.1) likewise, and HTTP/2 in RFC 7540 (2015, Section 9.1.2).",
    '"reference": "[RFC9110, Section 15.5.5]"',
    "(RFC 4918, Appendix F.3) and [Section 4.2.2](https://www.rfc-editor.org/rfc/rfc9111.html#section-4.2.2)",
  ].join("\n");
  expect(findCitations(text).map((c) => `${c.rfc} ${c.section}`)).toEqual([
    "9110 15",
    "9110 15",
    "9112 6.1",
    "7540 9.1.2",
    "9110 15.5.5",
    "4918 F.3",
    "9111 4.2.2",
  ]);
});

test("a section that does not exist, or an RFC with no section list, is reported", () => {
  const citations = findCitations("RFC 9112, Section 2.9 and RFC 1234, Section 1 and RFC 9110, Section 6.2");
  expect(unknownSections(citations, known).map((c) => `${c.rfc} ${c.section}`)).toEqual(["9112 2.9", "1234 1"]);
});

test("a link whose words name another section than its address is reported", () => {
  expect(mislabelledLinks("[Section 15.4.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9)")).toHaveLength(1);
  expect(mislabelledLinks("[Section 15.4.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9)")).toHaveLength(0);
});

test("every section list says where it was read", () => {
  for (const [rfc, list] of Object.entries(known)) {
    expect(list.source, `RFC ${rfc}`).toMatch(/\S{10,}/);
    expect(list.sections.length, `RFC ${rfc}`).toBeGreaterThan(0);
  }
});

for (const file of citingFiles) {
  test(`every RFC section ${file} cites exists, and its links say where they point`, () => {
    const text = readFileSync(join(projectRoot, file), "utf8");
    const missing = unknownSections(findCitations(text), known).map((c) => c.quote);
    expect(missing, "cited sections that the RFC does not have (or RFCs missing from data/rfc-sections.json)").toEqual(
      [],
    );
    expect(mislabelledLinks(text).map((l) => l.quote)).toEqual([]);
  });
}
