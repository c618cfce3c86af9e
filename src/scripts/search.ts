/**
 * Search: the site's own ranking (src/lib/rank.ts) first, then Pagefind's
 * full-text results. Nothing here loads until a search is made.
 */
import { prepare, rank, words, type Index, type SearchRecord } from "../lib/rank";
import { url } from "../lib/urls";

/** The part of Pagefind's JS API this page uses. */
interface Pagefind {
  options(options: object): Promise<void>;
  search(
    query: string,
  ): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] } | null>;
}

export interface Hit {
  url: string;
  /** The code number, or a short label for pages that are not codes. */
  label: string;
  title: string;
  summary: string;
  unofficial: boolean;
}

let loaded: Promise<{ index: Index; records: SearchRecord[]; pagefind: Pagefind }> | undefined;

/** Loads the index and Pagefind once; later calls share the same promise. */
export function load() {
  loaded ??= (async () => {
    const [records, pagefind] = await Promise.all([
      fetch(url("search-index.json")).then((r) => r.json() as Promise<SearchRecord[]>),
      import(/* @vite-ignore */ url("pagefind/pagefind.js")) as Promise<Pagefind>,
    ]);
    // A high term similarity ranks exact words (and numbers) above longer words they prefix.
    await pagefind.options({ baseUrl: url(), ranking: { termSimilarity: 10 } });
    return { index: prepare(records), records, pagefind };
  })();
  return loaded;
}

/**
 * Pagefind answers a word it does not know with the longest indexed word that
 * prefixes it (`forbiden` finds every "for"), so keep only pages where a marked
 * word really starts with one of the query's words.
 */
function matchesTerms(excerpt: string, terms: string[]): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) => words(m[1]!));
  return marked.some((w) => terms.some((t) => w.startsWith(t)));
}

const toHit = (r: SearchRecord): Hit => ({
  url: r.url,
  label: String(r.code),
  title: r.title,
  summary: r.summary,
  unofficial: r.status === "unofficial",
});

/** Results for a query, best first. */
export async function search(query: string, limit = 20): Promise<Hit[]> {
  const { index, records, pagefind } = await load();
  const ranked = rank(query, index);
  const strong = ranked.filter((r) => r.score >= 100).map((r) => toHit(r.record));
  const weak = ranked.filter((r) => r.score < 100).map((r) => toHit(r.record));
  const hits = [...strong];
  const seen = new Set(hits.map((h) => h.url));
  const add = (hit: Hit) => {
    if (!seen.has(hit.url)) (hits.push(hit), seen.add(hit.url));
  };
  if (strong.length < limit && /[a-z]/i.test(query)) {
    const found = await pagefind.search(query.slice(0, 200));
    const pages = await Promise.all((found?.results ?? []).slice(0, limit).map((r) => r.data()));
    const terms = words(query);
    for (const page of pages.filter((p) => matchesTerms(p.excerpt, terms))) {
      const record = records.find((r) => r.url === page.url);
      add(
        record
          ? toHit(record)
          : {
              url: page.url,
              label: "Guide",
              title: page.meta["title"] ?? page.url,
              summary: page.meta["summary"] ?? "",
              unofficial: false,
            },
      );
    }
  }
  weak.forEach(add);
  return hits.slice(0, limit);
}
