/**
 * The site's own search (src/lib/rank.ts over /search-index.json): codes,
 * names old and new, constants, messages, class and comparison pages. The
 * header box answers from it alone; the search page adds Pagefind's full text
 * after it (src/scripts/fulltext.ts). Nothing here loads until a search is made.
 */
import { fullTextWords, indexing, rank, STRONG, type Doc, type Index, type IndexData, type Ranked } from "../lib/rank";
import { url } from "../lib/urls";

export interface Hit {
  url: string;
  /** Site-relative, as Pagefind's `page` filter names the page: `codes/404/`. */
  path: string;
  /** The code number, the class (`4xx`), "Compare" for a comparison, "Index" or "Guide". */
  label: string;
  title: string;
  summary: string;
  unofficial: boolean;
  /** The quoted message that found the page, when one did. */
  message?: Ranked["message"];
}

let index: Promise<Index> | undefined;
let byUrl: Map<string, Doc> | undefined;

/**
 * Builds the index in slices of a few milliseconds, so a page that opens with a query stays responsive. It
 * yields first too: parsing the download has already taken a slice.
 */
async function build(data: IndexData): Promise<Index> {
  const steps = indexing(data);
  let pause = 0;
  for (;;) {
    if (performance.now() > pause) {
      await new Promise((resolve) => setTimeout(resolve));
      pause = performance.now() + 8;
    }
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Loads the site's own index once; later calls share the same promise. */
export function load(): Promise<Index> {
  index ??= fetch(url("search-index.json"))
    .then((r) => r.json() as Promise<IndexData>)
    .then(build);
  return index;
}

/**
 * A text fragment that scrolls a page to a message and marks it, where browsers support them (the others ignore
 * it). "-", "&" and "," are its syntax, so they are escaped; the index keeps a long message's start, marked "…".
 */
const fragment = (text: string) => `#:~:text=${encodeURIComponent(text.replace(/ …$/, "")).replace(/-/g, "%2D")}`;

export const toHit = (doc: Doc, message?: Ranked["message"]): Hit => ({
  url: url(doc.path) + (message ? fragment(message.text) : ""),
  path: doc.path,
  label: doc.label,
  title: doc.title,
  summary: doc.summary,
  unofficial: doc.unofficial,
  ...(message && { message }),
});

/**
 * The own index's answer, best first: `strong` are the matches that answer the
 * query by themselves, `loose` share only some of its words.
 */
export async function quick(query: string): Promise<{ strong: Hit[]; loose: Hit[]; fullText: string }> {
  const index = await load();
  const ranked = rank(query, index);
  // A first result far ahead of the rest answers the query too, even on loose words alone.
  const leads = (i: number) => i === 0 && ranked[0]!.score >= 2 * (ranked[1]?.score ?? 0);
  const strong = (r: Ranked, i: number) => r.score >= STRONG || leads(i);
  return {
    strong: ranked.filter(strong).map((r) => toHit(r.doc, r.message)),
    loose: ranked.filter((r, i) => !strong(r, i)).map((r) => toHit(r.doc, r.message)),
    /** What to ask the full text for (src/lib/rank.ts, fullTextWords); empty when nothing is worth it. */
    fullText: fullTextWords(query, index).join(" "),
  };
}

/** The page at a URL as the own index describes it (for Pagefind's results, which come as URLs). */
export async function page(address: string): Promise<Hit | undefined> {
  const { docs } = await load();
  byUrl ??= new Map(docs.map((doc) => [url(doc.path), doc]));
  const doc = byUrl.get(address);
  return doc && toHit(doc);
}
