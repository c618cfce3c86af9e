/**
 * The machine-readable views of the content: /codes.json, /codes/NNN.json and
 * the search index. All are made from the same entries as the pages.
 */
import { classOf } from "./classes";
import { constantsFor, type CodeEntry } from "./codes";
import { languageInfo } from "./languages";
import { codeUrl } from "../lib/urls";
import type { SearchRecord } from "../lib/rank";

/** The public description of one code, as /codes.json lists it. */
export function codeRecord({ data }: CodeEntry) {
  return {
    code: data.code,
    title: data.title,
    class: classOf(data.code).id,
    status: data.status,
    summary: data.summary,
    url: codeUrl(data.code),
    formerNames: data.formerNames.map((f) => f.name),
    aliases: data.aliases,
    spec: data.spec ?? null,
    vendors: data.vendors.map(({ name, phrase }) => ({ name, phrase })),
  };
}

/** One code with its constants per language and the messages software prints with it, as /codes/NNN.json gives it. */
export function codeDetail(entry: CodeEntry) {
  const constants = Object.fromEntries(
    constantsFor(entry.data.code).map(({ language, names }) => [
      language,
      names.map(({ name, deprecated }) => ({ name, deprecated: deprecated ?? null })),
    ]),
  );
  return { ...codeRecord(entry), constants, messages: entry.data.messages };
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
