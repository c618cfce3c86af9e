/**
 * The machine-readable views of the content: /codes.json, /codes/NNN.json,
 * their schema, the plain-text pages and the search index. All are made from
 * the same entries as the pages.
 */
import { cardImageUrl, codeCard } from "./cards";
import { classOf, statusClasses } from "./classes";
import { codes, codesIndexPage, comparisons, constantsFor, type CodeEntry } from "./codes";
import { codesSchema, schemaVersion } from "./data-schema";
import { protocolFacts } from "./facts";
import { guidePage } from "./guide";
import { messageGroups } from "./messages";
import { registryUpdated } from "./registry";
import { statusLabel } from "./statuses";
import { today } from "./today";
import { codeText, indexLine } from "./text";
import { contentLicense, siteName } from "./site";
import { absoluteUrl, codeDataUrl, codeTextUrl, codeUrl, url } from "../lib/urls";
import { constantCore, indexedMessage, squash, terms, type CodeData, type IndexData } from "../lib/rank";

/** The URL of the published schema, which every data file names. */
export const schemaUrl = () => absoluteUrl(url("codes.schema.json"));

/** The schema document itself. */
export const schemaDocument = () => codesSchema(schemaUrl());

/** One code as the data files describe it (the `code` definition of the schema). */
export function codeRecord(entry: CodeEntry) {
  const { data } = entry;
  const constants = Object.fromEntries(
    constantsFor(data.code).map(({ language, names }) => [
      language,
      // A deprecated name says so, with how the library marks it; a current one is just its name.
      names.map(({ name, deprecated }) =>
        deprecated ? { name, deprecated: true, deprecation: deprecated } : { name },
      ),
    ]),
  );
  return {
    code: data.code,
    title: data.title,
    class: classOf(data.code).id,
    status: data.status,
    summary: data.summary,
    links: {
      page: absoluteUrl(codeUrl(data.code)),
      text: absoluteUrl(codeTextUrl(data.code)),
      data: absoluteUrl(codeDataUrl(data.code)),
      image: cardImageUrl(codeCard(entry)),
    },
    spec: data.spec ?? null,
    registration: data.registration ?? null,
    formerNames: data.formerNames,
    aliases: data.aliases,
    vendors: data.vendors,
    headers: data.headers,
    related: data.related,
    facts: protocolFacts(data.code, data.status),
    constants,
    messages: data.messages,
  };
}

/** When this build made its data. */
const generated = new Date().toISOString();

/** A data document (/codes.json, /codes/NNN.json) holding the given codes. */
export function codesDocument(entries: readonly CodeEntry[]) {
  return {
    $schema: schemaUrl(),
    schemaVersion,
    generated,
    registryDate: registryUpdated,
    license: {
      id: contentLicense.id,
      name: contentLicense.name,
      url: contentLicense.url,
      attribution: `${siteName}, ${absoluteUrl(url())}`,
    },
    codes: entries.map(codeRecord),
  };
}

/** /codes/NNN.txt for one code. */
export function codeTextOf(entry: CodeEntry): string {
  const { data } = entry;
  const statusClass = classOf(data.code);
  const facts = protocolFacts(data.code, data.status);
  const { registration } = data;
  const text = (input: Parameters<typeof codeText>[0]) => {
    try {
      return codeText(input);
    } catch (error) {
      // A character with no plain-text spelling: name the entry it came from.
      throw new Error(`${entry.filePath ?? data.code}: ${(error as Error).message}`);
    }
  };
  return text({
    code: data.code,
    title: data.title,
    summary: data.summary,
    className: `${statusClass.id} ${statusClass.name}`,
    status:
      data.status === "unofficial"
        ? "Unofficial: not in the IANA registry"
        : `${statusLabel(data, today)} (IANA registry of ${registryUpdated})`,
    spec: data.spec,
    registration:
      registration &&
      `registered ${registration.registered}${registration.extended ? `, extended ${registration.extended}` : ""}, expires ${registration.expires}`,
    formerNames: data.formerNames,
    vendors: data.vendors,
    headers: data.headers,
    facts: [
      { name: "Caching", ...facts.cacheable },
      { name: "Content", ...facts.content },
      { name: "Redirect", ...facts.redirect },
      { name: "Retry", ...facts.retry },
    ].map(({ name, label, source }) => ({ name, label, source: source.title })),
    body: entry.body ?? "",
    page: absoluteUrl(codeUrl(data.code)),
    data: absoluteUrl(codeDataUrl(data.code)),
    license: `${contentLicense.short}, ${contentLicense.url}`,
  });
}

/** /codes.txt: every code on a line of its own. */
export function indexText(entries: readonly CodeEntry[]): string {
  const lines = entries.map(({ data }) => {
    const note =
      data.status === "unofficial"
        ? `unofficial: ${data.vendors.map((v) => v.name).join(", ")}`
        : data.status === "registered"
          ? undefined
          : statusLabel(data, today).toLowerCase();
    return indexLine(data.code, data.title, note);
  });
  const intro = [
    `${siteName}: every code, one per line.`,
    `Pages: ${absoluteUrl(url("codes/"))}`,
    `One code as text: ${absoluteUrl(url("codes/"))}NNN.txt`,
  ];
  return [...intro, "", ...lines, "", `License: ${contentLicense.short}, ${contentLicense.url}`].join("\n") + "\n";
}

/**
 * The leads of a body's bullets and cause items, the short phrases a reader
 * scans for ("Expired access tokens", "Redirect loops behind a proxy"): searchable without the
 * whole text, which is Pagefind's job.
 */
export function leads(body: string): string[] {
  const causes = [...body.matchAll(/<Cause\s+id="[^"]+">([^<]+)<\/Cause>/g)].map((m) => m[1]!);
  const bold = [...body.matchAll(/^(?:- )?\*\*([^*]+)\*\*/gm)].map((m) => m[1]!);
  const all = [...causes, ...bold].map((lead) => lead.replace(/[:.]\s*$/, "").trim());
  // A lead without a word the ranking reads ("404 vs 410", "GET") only costs bytes: numbers come from the query.
  return [...new Set(all)].filter((lead) => terms(lead).length > 0);
}

/** One code as the site's own search knows it; keys as src/lib/rank.ts documents them. */
export function searchCode(entry: CodeEntry): CodeData {
  const { data } = entry;
  const names = [
    ...data.formerNames.map((f) => f.name),
    ...data.aliases,
    ...data.vendors.flatMap((v) => [v.name, v.phrase]),
    ...data.headers.map((h) => h.name),
  ];
  // Constants without the language's prefix (the ranking matches the last part of a qualified name), and only
  // those that are more than a prefix and a name the page already has (`HTTP_STATUS_NOT_FOUND`).
  const known = new Set([data.title, ...names].map(squash));
  const constants = constantsFor(data.code)
    .flatMap(({ names }) => names.map((n) => n.name))
    .filter((name) => !known.has(squash(name)) && !known.has(constantCore(name)));
  names.push(...constants);
  const indexed = (text: string) => indexedMessage(text, data.code, data.title) ?? [];
  const messages = messageGroups(data.messages).map((g) => [
    g.software,
    ...new Set(g.messages.map((m) => m.text).flatMap(indexed)),
  ]);
  const record: CodeData = { n: data.code, t: data.title, s: data.summary };
  if (data.status === "unofficial") record.u = 1;
  const a = [...new Set(names)].filter((name) => name !== data.title);
  if (a.length > 0) record.a = a;
  if (messages.length > 0) record.m = messages;
  const l = leads(entry.body ?? "");
  if (l.length > 0) record.l = l;
  return record;
}

/** The whole index behind /search-index.json: codes, classes, comparisons, the index of codes and the guide. */
export function searchIndex(): IndexData {
  return {
    c: codes.map(searchCode),
    k: statusClasses.map((c) => ({ d: c.digit, t: c.name, s: c.description, a: [...c.aliases] })),
    v: comparisons.map((page) => ({
      p: page.id,
      t: page.data.title,
      s: page.data.summary,
      n: page.data.codes,
      l: leads(page.body ?? ""),
    })),
    g: [
      { p: "codes/", b: "Index", t: codesIndexPage.title, s: codesIndexPage.summary, a: codesIndexPage.aliases },
      { p: "guide/", b: "Guide", t: guidePage.title, s: guidePage.summary },
    ],
  };
}
