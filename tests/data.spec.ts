import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { builtCodes, builtData, dist, registry, sitePath } from "./support";

/** The data files for tools: /codes.json, /codes/NNN.json and the schema they follow, /codes.schema.json. */

const read = (path: string) => JSON.parse(readFileSync(join(dist, path), "utf8"));
const schema = read("codes.schema.json");

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
const errors = (validate: ReturnType<typeof validator>) =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join("\n");

test("the schema is published and every data file follows it", async ({ request }) => {
  const published = await request.get("codes.schema.json");
  expect(published.ok()).toBe(true);
  const validate = validator();
  expect(validate(builtData), errors(validate)).toBe(true);
  expect(builtData.codes.length).toBeGreaterThan(90);
  for (const code of builtCodes) {
    const one = read(`codes/${code.code}.json`);
    expect(validate(one), `codes/${code.code}.json\n${errors(validate)}`).toBe(true);
    // The one-code file is the same document with that code alone.
    expect(one.codes).toEqual([code]);
    expect({ ...one, codes: undefined }).toEqual({ ...builtData, codes: undefined });
  }
});

test("the schema rejects data that breaks it", () => {
  const validate = validator();
  const broken = structuredClone(builtData) as unknown as Record<string, any>;
  delete broken["codes"][0].facts;
  broken["codes"][1].facts.retry.value = "whenever";
  broken["codes"][2].constants.node = ["HTTP_STATUS_OK"];
  broken["codes"][3].messages = [{ software: "nginx" }];
  expect(validate(broken)).toBe(false);
  const paths = (validate.errors ?? []).map((e) => e.instancePath);
  expect(paths).toEqual(
    expect.arrayContaining([
      "/codes/0",
      "/codes/1/facts/retry/value",
      "/codes/2/constants/node/0",
      "/codes/3/messages/0",
    ]),
  );
});

test("the document names its schema, version, registry date and licence", () => {
  const data = builtData as unknown as Record<string, unknown>;
  expect(data["$schema"]).toBe(schema.$id);
  expect(data["schemaVersion"]).toBe(1);
  expect(data["registryDate"]).toBe(registry.lastUpdated);
  expect(Date.parse(String(data["generated"]))).not.toBeNaN();
  expect(data["license"]).toMatchObject({ id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
});

const field = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();

test("the data says what the pages say", async ({ request }) => {
  test.setTimeout(120_000);
  for (const code of builtCodes) {
    const html = await (await request.get(sitePath(code.links.page))).text();
    const h1 = text(field(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)!);
    expect(h1).toBe(`${code.code} ${code.title}`);
    expect(field(html, /<link rel="canonical" href="([^"]+)"/)).toBe(code.links.page);
    expect(field(html, /<meta property="og:image" content="([^"]+)"/)).toBe(code.links.image);
    // The badge row shows each fact's label, linked to its source, in the data's order.
    const row = field(html, /<ul class="protocol-facts"[^>]*>([\s\S]*?)<\/ul>/) ?? "";
    const badges = [...row.matchAll(/<a class="badge" href="([^"]+)"[^>]*>\s*([^<]*?)\s*<\/a>/g)].map(
      ([, href, label]) => ({
        href,
        label,
      }),
    );
    expect(badges, `${code.code}`).toEqual(
      Object.values(code.facts).map((fact) => ({ href: fact.source.url, label: fact.label })),
    );
    const constants = await (await request.get(sitePath(code.links.data))).json();
    expect(Object.keys(constants.codes[0].constants).sort()).toEqual(
      ["dotnet", "go", "java", "node", "python", "rails", "rust", "symfony", "winhttp"].sort(),
    );
  }
});

test("a code page shows its facts as badges with text, each a link to its source", async ({ page }) => {
  await page.goto("codes/401/");
  const row = page.getByRole("list", { name: "How caches and clients treat a 401" });
  await expect(row.getByRole("link")).toHaveText([
    "Not cacheable by default",
    "Can have content",
    "Not a redirect",
    "Retry with credentials",
  ]);
  await expect(row.getByRole("link", { name: "Retry with credentials" })).toHaveAttribute(
    "href",
    "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
  );
});
