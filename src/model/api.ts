/**
 * The machine-readable views of the content: /codes.json, /codes/NNN.json,
 * their schema, the plain-text pages and the search index. All are made from
 * the same entries as the pages.
 */
import { cardImageUrl, codeCard } from "./cards";
import { classOf } from "./classes";
import { constantsFor, type CodeEntry } from "./codes";
import { codesSchema, schemaVersion } from "./data-schema";
import { protocolFacts } from "./facts";
import { languageInfo } from "./languages";
import { registryUpdated } from "./registry";
import { statusLabel } from "./statuses";
import { today } from "./today";
import { codeText, indexLine } from "./text";
import { contentLicense, siteName } from "./site";
import { absoluteUrl, codeDataUrl, codeTextUrl, codeUrl, url } from "../lib/urls";
import type { SearchRecord } from "../lib/rank";

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

/** One code as the search page ranks it. */
export function searchRecord(entry: CodeEntry): SearchRecord {
  const { data } = entry;
  const constants = constantsFor(data.code).flatMap(({ language, names }) =>
    names.flatMap(({ name }) => [name, languageInfo[language].format(name)]),
  );
  return {
    code: data.code,
    title: data.title,
    summary: data.summary,
    url: codeUrl(data.code),
    status: data.status,
    keywords: [
      ...data.formerNames.map((f) => f.name),
      ...data.aliases,
      ...data.vendors.flatMap((v) => [v.name, v.phrase]),
      ...data.headers.map((h) => h.name),
      ...new Set(constants),
    ],
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
