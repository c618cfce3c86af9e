/**
 * The search page: the own index answers at once, Pagefind's full text follows
 * (src/scripts/search.ts, src/scripts/fulltext.ts); the query and filters live
 * in the address so every search can be shared.
 */
import type { Hit } from "./search";

// Search code loads only when there is something to search for; Pagefind only for words the own index leaves room for.
// The ranking module is named too, though both import it, so it downloads beside them rather than after them.
const engine = () => Promise.all([import("./search"), import("./render"), import("../lib/rank")]);
const fullTextEngine = () => import("./fulltext");
/** Results shown at most, and how many of them full text may add after the own index's strong matches. */
const SHOWN = 20;
const FULL_TEXT = 5;
/**
 * Full text only adds pages the own index did not list, which means none of the query's words is in their names,
 * leads or messages; so the own index's best loose matches stay ahead of them. Placed first, they pushed the right
 * page of plain-language queries down the list.
 */
const LOOSE_FIRST = 3;

const input = document.querySelector<HTMLInputElement>("#search-input")!;
const list = document.querySelector<HTMLOListElement>("[data-testid=search-results]")!;
const status = document.querySelector<HTMLElement>("[data-testid=search-status]")!;
const classFilter = document.querySelector<HTMLSelectElement>("[data-filter=class]")!;
const kindFilter = document.querySelector<HTMLSelectElement>("[data-filter=kind]")!;
let latest = 0;

const keep = (hit: Hit) =>
  (!classFilter.value || hit.label[0] === classFilter.value[0]) &&
  (!kindFilter.value || (kindFilter.value === "unofficial") === hit.unofficial);

/** Mirrors the query and filters in the address, so every search can be shared. */
function remember() {
  const url = new URL(location.href);
  for (const [key, value] of [
    ["q", input.value],
    ["class", classFilter.value],
    ["kind", kindFilter.value],
  ] as const) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  history.replaceState(null, "", url);
}

/** The own index answers at once; full-text matches it has not listed follow its strong and best loose matches. */
async function run() {
  const query = input.value;
  const ticket = ++latest;
  remember();
  if (!query.trim()) {
    list.replaceChildren();
    list.setAttribute("aria-busy", "false");
    status.textContent = "Type a code, a name, a constant or a symptom.";
    return;
  }
  list.setAttribute("aria-busy", "true");
  const [{ quick, page }, { resultItem }] = await engine();
  const show = (found: Hit[]) => {
    if (ticket !== latest) return false; // a newer query has started
    const hits = found.filter(keep).slice(0, SHOWN);
    list.replaceChildren(...hits.map((hit) => resultItem(hit, query)));
    const count = hits.length === 1 ? "1 result" : `${hits.length} results`;
    status.textContent = hits.length === 0 ? `No results for “${query}”.` : `${count} for “${query}”.`;
    return true;
  };
  const { strong, loose, fullText } = await quick(query);
  if (!show([...strong, ...loose])) return;
  const room = Math.min(FULL_TEXT, SHOWN - strong.filter(keep).length);
  const known = [...strong, ...loose].map((hit) => hit.path);
  // Full text is extra: offline, or if Pagefind cannot load, the own index's answer stands alone.
  const urls =
    room > 0 && fullText
      ? await fullTextEngine()
          .then((m) => m.fullText(fullText, known, room))
          .catch(() => [])
      : [];
  if (urls === null || ticket !== latest) return;
  const extra = (await Promise.all(urls.map(page))).filter((hit) => hit !== undefined);
  const merged = [...strong, ...loose.slice(0, LOOSE_FIRST), ...extra, ...loose.slice(LOOSE_FIRST)];
  if (show(merged)) list.setAttribute("aria-busy", "false");
}

const params = new URLSearchParams(location.search);
input.value = params.get("q") ?? "";
classFilter.value = params.get("class") ?? "";
kindFilter.value = params.get("kind") ?? "";
input.addEventListener("focus", () => void engine(), { once: true });
input.addEventListener("input", run);
classFilter.addEventListener("change", run);
kindFilter.addEventListener("change", run);
input.form!.addEventListener("submit", (event) => {
  event.preventDefault();
  void run();
});
void run();
