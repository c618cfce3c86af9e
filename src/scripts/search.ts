/**
 * Search: the site's own ranking (src/lib/rank.ts) first, then Pagefind's
 * full-text results. Nothing here loads until a search is made, and Pagefind
 * only loads for a query with words in it.
 */
import { prepare, rank, words, type Index, type SearchRecord } from "../lib/rank";
import { url } from "../lib/urls";

/** The part of Pagefind's JS API this site uses. */
interface Pagefind {
  options(options: object): Promise<void>;
  /** Resolves to null when a newer search has started within the wait. */
  debouncedSearch(
    query: string,
    options: object,
    wait: number,
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

let index: Promise<{ index: Index; records: SearchRecord[] }> | undefined;
let pagefind: Promise<Pagefind> | undefined;

/** Loads the site's own index once; later calls share the same promise. */
export function load() {
  index ??= fetch(url("search-index.json"))
    .then((r) => r.json() as Promise<SearchRecord[]>)
    .then((records) => ({ index: prepare(records), records }));
  return index;
}

function loadPagefind() {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ url("pagefind/pagefind.js"))) as Pagefind;
    // A high term similarity ranks exact words (and numbers) above longer words they prefix.
    await api.options({ baseUrl: url(), ranking: { termSimilarity: 10 } });
    return api;
  })();
  return pagefind;
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

/**
 * Results for a query, best first. `early` receives the site's own strong
 * matches at once, before Pagefind's full-text results are merged in.
 */
export async function search(query: string, limit = 20, early?: (hits: Hit[]) => void): Promise<Hit[]> {
  const { index: prepared, records } = await load();
  const ranked = rank(query, prepared);
  const hits = ranked.filter((r) => r.score >= 100).map((r) => toHit(r.record));
  const seen = new Set(hits.map((h) => h.url));
  const add = (hit: Hit) => {
    if (!seen.has(hit.url)) (hits.push(hit), seen.add(hit.url));
  };
  if (hits.length > 0) early?.(hits.slice(0, limit));
  if (hits.length < limit && /[a-z]/i.test(query)) {
    // Typing "rate limit" letter by letter would fetch index chunks for every prefix; wait for a pause instead.
    const found = await (await loadPagefind()).debouncedSearch(query.slice(0, 200), {}, 150);
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
  ranked.filter((r) => r.score < 100).forEach((r) => add(toHit(r.record)));
  return hits.slice(0, limit);
}
