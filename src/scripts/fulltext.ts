/**
 * Pagefind's full text, for the search page only: it finds the pages whose
 * text mentions a query's words beyond what the site's own index knows, and
 * loads a result's fragment only for pages the own index has not already
 * listed, which a filter on each page's path leaves out of its answer.
 *
 * Pagefind keeps its worker: without it (`noWorker`) the page saves the
 * worker's 12 KB but inflates Pagefind's files and compiles its WebAssembly on
 * the main thread. Lighthouse (mobile) measured 400-700 ms of blocking time that
 * way, against 50-150 ms with the worker, and a performance score of 83-90.
 */
import { words } from "../lib/rank";
import { url } from "../lib/urls";

/** The part of Pagefind's JS API this site uses. */
interface Pagefind {
  options(options: object): Promise<void>;
  /** Resolves to null when a newer search has started within the wait. */
  debouncedSearch(
    query: string,
    options: object,
    wait: number,
  ): Promise<{ results: { data(): Promise<{ url: string; excerpt: string }> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
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

/**
 * The URLs of up to `limit` pages whose text matches the query, best first,
 * leaving out `known` (site-relative paths such as `codes/404/`, which the
 * pages carry as their `page` filter). Null when a newer search replaced this one.
 */
export async function fullText(query: string, known: string[], limit: number): Promise<string[] | null> {
  if (limit <= 0 || !/[a-z]/i.test(query)) return [];
  const api = await loadPagefind();
  const text = query.slice(0, 200);
  const options = known.length > 0 ? { filters: { page: { none: known } } } : {};
  // Typing "rate limit" letter by letter would fetch index chunks for every prefix; wait for a pause instead.
  // Where the filter file cannot be had (an offline copy without it), search unfiltered and drop known pages after.
  let filtered = true;
  const found = await api.debouncedSearch(text, options, 150).catch(() => {
    filtered = false;
    return api.debouncedSearch(text, {}, 0);
  });
  if (!found) return null;
  const listed = new Set(known.map((path) => url(path)));
  const take = filtered ? limit : limit + known.length;
  const pages = await Promise.all(found.results.slice(0, take).map((r) => r.data()));
  const terms = words(query);
  return pages
    .filter((p) => !listed.has(p.url) && matchesTerms(p.excerpt, terms))
    .slice(0, limit)
    .map((p) => p.url);
}
