/**
 * Every collection query lives here: pages import the sorted, checked results
 * instead of calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { languages, type ConstantName, type Language } from "../content/schema";
import { classOf, statusClasses, type StatusClass } from "./classes";
import { causeIds } from "./messages";

export type CodeEntry = CollectionEntry<"codes">;
export type CompareEntry = CollectionEntry<"compare">;

/** A content error that names the file and the field, as the build prints it. */
class ContentError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: "${field}" ${message}`);
    this.name = "ContentError";
  }
}

const fileOf = (entry: CodeEntry) => entry.filePath ?? `content/codes/${entry.id}.mdx`;

/**
 * Rules that span entries or need the body, which a per-entry schema cannot see:
 * unique codes, codes that match their file names, related codes that have pages,
 * and messages that the body shows and whose causes exist.
 */
function checkCodes(entries: CodeEntry[]): void {
  const byCode = new Map<number, CodeEntry>();
  for (const entry of entries) {
    const other = byCode.get(entry.data.code);
    if (other) {
      throw new ContentError(fileOf(entry), "code", `${entry.data.code} is already used by ${fileOf(other)}`);
    }
    byCode.set(entry.data.code, entry);
  }
  for (const entry of entries) {
    if (entry.id !== String(entry.data.code)) {
      throw new ContentError(
        fileOf(entry),
        "code",
        `${entry.data.code} does not match the file name; name the file ${entry.data.code}.mdx`,
      );
    }
    for (const related of entry.data.related) {
      if (!byCode.has(related)) {
        throw new ContentError(fileOf(entry), "related", `lists ${related}, which has no page in content/codes`);
      }
    }
    checkMessages(entry);
  }
}

function checkMessages(entry: CodeEntry): void {
  const body = entry.body ?? "";
  const causes = causeIds(body);
  const repeated = causes.find((id, i) => causes.indexOf(id) !== i);
  if (repeated) throw new ContentError(fileOf(entry), "Cause", `id "${repeated}" is used twice in the body`);
  const { messages } = entry.data;
  messages.forEach((message, i) => {
    if (message.cause && !causes.includes(message.cause)) {
      const known = causes.length > 0 ? causes.join(", ") : "none";
      throw new ContentError(
        fileOf(entry),
        `messages[${i}].cause`,
        `is "${message.cause}", but the body has no <Cause id="${message.cause}"> (it has: ${known})`,
      );
    }
  });
  if (messages.length > 0 && !body.includes("<Messages code={frontmatter.code} />")) {
    throw new ContentError(
      fileOf(entry),
      "messages",
      "are listed, but the body never shows them: add <Messages code={frontmatter.code} /> under ## What you may see",
    );
  }
}

const entries = await getCollection("codes");
checkCodes(entries);

/** Every code, in numeric order. */
export const codes: readonly CodeEntry[] = entries.toSorted((a, b) => a.data.code - b.data.code);

/** The entry for a code, if the site has a page for it. */
export const findCode = (code: number): CodeEntry | undefined => codes.find((entry) => entry.data.code === code);

/** The entry for a code that must exist (a related code, a compared code). */
export function getCode(code: number): CodeEntry {
  const entry = findCode(code);
  if (!entry) throw new Error(`There is no page for status code ${code}`);
  return entry;
}

/** The codes before and after this one, for previous/next links. */
export function neighbours(code: number): { prev: CodeEntry | undefined; next: CodeEntry | undefined } {
  const index = codes.findIndex((entry) => entry.data.code === code);
  return { prev: codes[index - 1], next: codes[index + 1] };
}

export const isUnofficial = (entry: CodeEntry) => entry.data.status === "unofficial";

/**
 * A window of up to `size` codes of the same class around this one, in numeric
 * order, for moving between related codes without leaving the class.
 */
export function classNeighbours(code: number, size = 7): CodeEntry[] {
  const members = codes.filter((entry) => classOf(entry.data.code) === classOf(code));
  const index = members.findIndex((entry) => entry.data.code === code);
  const start = Math.max(0, Math.min(index - Math.floor(size / 2), members.length - size));
  return members.slice(start, start + size);
}

/** A class with its codes, registered first and unofficial ones apart. */
export interface ClassGroup {
  statusClass: StatusClass;
  official: CodeEntry[];
  unofficial: CodeEntry[];
}

/** The index of every code: its heading and description, shared by the page and the search index. */
export const codesIndexPage = {
  title: "All status codes",
  summary: "Every HTTP response status code, grouped by class, with the unofficial codes listed apart.",
  /** What people call a list of every code, for search. */
  aliases: [
    "status codes",
    "list of status codes",
    "all status codes",
    "status code classes",
    "status code categories",
  ],
};

/** Every class with its codes, in order. */
export const classGroups: readonly ClassGroup[] = statusClasses.map((statusClass) => {
  const members = codes.filter((entry) => classOf(entry.data.code) === statusClass);
  return {
    statusClass,
    official: members.filter((entry) => !isUnofficial(entry)),
    unofficial: members.filter(isUnofficial),
  };
});

const constants = await getCollection("constants");

/** The constants each language defines for a code, deprecated ones marked; languages without data are left out. */
export function constantsFor(code: number): { language: Language; names: ConstantName[] }[] {
  const entry = constants.find((c) => c.id === String(code));
  if (!entry) return [];
  return languages.map((language) => ({ language, names: entry.data[language] }));
}

/** Comparison pages, in a stable order. */
export const comparisons: readonly CompareEntry[] = (await getCollection("compare")).toSorted((a, b) =>
  a.data.title.localeCompare(b.data.title),
);
for (const page of comparisons) {
  for (const code of page.data.codes) {
    if (!findCode(code)) {
      throw new Error(`${page.filePath}: "codes" lists ${code}, which has no page in content/codes`);
    }
  }
}

/** The comparison pages that involve a code. */
export const comparisonsFor = (code: number): CompareEntry[] =>
  comparisons.filter((page) => page.data.codes.includes(code));

/** A content correction, with the title and path of the page it corrected. */
export interface Change {
  date: string;
  page: string;
  change: string;
  /** The corrected page's heading, e.g. "505 HTTP Version Not Supported". */
  label: string;
}

function pageLabel(page: string): string {
  const [kind, slug] = page.split("/") as [string, string];
  if (kind === "codes") {
    const entry = findCode(Number(slug));
    if (entry) return `${entry.data.code} ${entry.data.title}`;
  } else {
    const comparison = comparisons.find((c) => c.id === slug);
    if (comparison) return comparison.data.title;
  }
  throw new Error(`data/changes.json: "page" ${page} has no page on the site`);
}

/** Content corrections (data/changes.json), newest first; each names a page that exists. */
export const changes: readonly Change[] = (await getCollection("changes"))
  .map(({ data }) => ({ ...data, label: pageLabel(data.page) }))
  .toSorted((a, b) => b.date.localeCompare(a.date) || a.page.localeCompare(b.page, "en", { numeric: true }));
