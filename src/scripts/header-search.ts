/**
 * The header search box as a combobox: results as you type, arrow keys to
 * move, Enter to open. A bare code or class number goes straight to its page.
 */
import { optionItem } from "./render";
import { load, search, type Hit } from "./search";

const LIMIT = 8;

export function attach(input: HTMLInputElement): void {
  const form = input.form!;
  const list = document.createElement("ul");
  list.id = "site-search-results";
  list.className = "search-popup";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");
  list.hidden = true;
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.append(list, status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  let hits: Hit[] = [];
  let active = -1;
  let latest = 0;

  const open = (show: boolean) => {
    list.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
  };
  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `site-search-option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };

  async function update() {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      hits = [];
      list.replaceChildren();
      status.textContent = "";
      open(false);
      return;
    }
    const early = (found: Hit[]) => show(found, query, ticket);
    show(await search(query, LIMIT, early), query, ticket);
  }

  function show(found: Hit[], query: string, ticket: number) {
    if (ticket !== latest) return; // a newer query has started
    hits = found;
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const item = optionItem(hit, query, `site-search-option-${i}`);
        // mousedown fires before the input loses focus and the list closes.
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          location.assign(hit.url);
        });
        return item;
      }),
    );
    setActive(-1);
    status.textContent = hits.length === 0 ? "No results" : `${hits.length} results; use the arrow keys to choose`;
    open(hits.length > 0);
  }

  input.addEventListener("input", () => void update());
  input.addEventListener("blur", () => open(false));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      open(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === "Escape") {
      open(false);
      setActive(-1);
    } else if (event.key === "Enter" && active >= 0) {
      // An exact code without a chosen result is handled by the form (src/scripts/site.ts).
      event.preventDefault();
      location.assign(hits[active]!.url);
    }
  });
  void load().then(() => (input.value ? update() : undefined));
}
