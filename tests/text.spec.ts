import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { toAscii } from "../src/model/text";
import { builtCodes, dist, sitePath } from "./support";

/** The plain-text pages (/codes/NNN.txt, /codes.txt), and the helpers that write them. */

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replace(/\s+/g, " ")
    .trim();

/** The first paragraph after a section heading of a built page, as plain ASCII text. */
function firstParagraph(html: string, id: string): string | undefined {
  const after = html.split(`<h2 id="${id}">`)[1];
  const paragraph = after && /<p>([\s\S]*?)<\/p>/.exec(after)?.[1];
  return paragraph === undefined ? undefined : toAscii(decode(paragraph));
}

/** A block of the text page (`WHEN YOU RECEIVE IT` and its indented lines) as one line. */
function block(text: string, heading: string): string | undefined {
  const match = new RegExp(`^${heading}\\n((?:  .*\\n)+)`, "m").exec(text);
  return match?.[1]!.replace(/\s+/g, " ").trim();
}

test("every code has a plain-text page in ASCII, at most 80 columns and about 40 lines", async ({ request }) => {
  test.setTimeout(120_000);
  for (const code of builtCodes) {
    const response = await request.get(sitePath(code.links.text));
    expect(response.status(), code.links.text).toBe(200);
    const text = await response.text();
    const lines = text.trimEnd().split("\n");
    expect(lines[0], `${code.code}`).toBe(toAscii(`${code.code} ${code.title}`));
    expect(text, `${code.code} is not plain ASCII`).toMatch(/^[\x20-\x7E\n]*$/);
    for (const line of lines) {
      // Only a line that is one long URL may be wider.
      if (!/^\s*https?:\/\/\S+$/.test(line)) expect(line.length, `${code.code}: ${line}`).toBeLessThanOrEqual(80);
    }
    expect(lines.length, `${code.code}`).toBeLessThanOrEqual(42);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(toAscii(code.summary));
    for (const fact of Object.values(code.facts)) expect(flat, `${code.code}`).toContain(fact.label);
    expect(flat).toContain(`Page: ${code.links.page}`);
  }
});

test("the text's send and receive lines open the page's own sections", () => {
  for (const code of builtCodes) {
    const text = readFileSync(join(dist, `codes/${code.code}.txt`), "utf8");
    const html = readFileSync(join(dist, `codes/${code.code}/index.html`), "utf8");
    for (const [id, heading] of [
      ["when-to-send-it", "WHEN TO SEND IT"],
      ["when-you-receive-it", "WHEN YOU RECEIVE IT"],
    ] as const) {
      const page = firstParagraph(html, id);
      const lead = block(text, heading);
      expect(!!lead, `${code.code} ${heading}`).toBe(!!page);
      if (page && lead) expect(page.startsWith(lead), `${code.code} ${heading}:\n${lead}\n${page}`).toBe(true);
    }
  }
});

test("the text of 429 reads as a terminal user needs it", async ({ request }) => {
  const text = await (await request.get("codes/429.txt")).text();
  expect(response429(text)).toEqual({
    status: "Registered (IANA registry of 2025-09-15)",
    retry: "Retry after Retry-After (RFC 6585, Section 4)",
    receive: expect.stringMatching(/^Stop and wait\. If Retry-After is present, wait at least that long/),
    headers: expect.stringContaining("Retry-After: How long to wait"),
  });
});

function response429(text: string) {
  const field = (name: string) => new RegExp(`^${name}: +(.+)$`, "m").exec(text)?.[1];
  return {
    status: field("Status"),
    retry: field("Retry"),
    receive: block(text, "WHEN YOU RECEIVE IT"),
    headers: block(text, "HEADERS"),
  };
}

test("/codes.txt lists every code on a line of its own", async ({ request }) => {
  const response = await request.get("codes.txt");
  expect(response.headers()["content-type"]).toContain("text/plain");
  const lines = (await response.text()).split("\n");
  for (const code of builtCodes) {
    const line = lines.filter((l) => l.startsWith(`${code.code} `));
    expect(line, `${code.code}`).toEqual([expect.stringMatching(new RegExp(`^${code.code} `))]);
    expect(line[0]!.startsWith(toAscii(`${code.code} ${code.title}`))).toBe(true);
    if (code.status === "unofficial") expect(line[0]).toContain("(unofficial: ");
  }
  expect(lines.join("\n")).toMatch(/^[\x20-\x7E\n]*$/);
});
