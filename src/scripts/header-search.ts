/**
 * The header search box as a combobox: the site's own index answers as you
 * type (it never loads the full-text engine), arrow keys move, Enter opens, and
 * the last option leads to every result on the search page. A bare code or
 * class number goes straight to its page (src/scripts/site.ts).
 */
import { searchUrl } from "../lib/urls";
import { moreItem, optionItem } from "./render";
import { load, quick, type Hit } from "./search";

const LIMIT = 7;

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

  /** Where each option leads: the results, then the search page. */
  let targets: string[] = [];
  let active = -1;
  let latest = 0;

  const open = (show: boolean) => {
    list.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
  };
  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", `site-search-option-${index}`);
      list.children[index]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  async function update() {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      targets = [];
      list.replaceChildren();
      status.textContent = "";
      open(false);
      return;
    }
    const { strong, loose } = await quick(query);
    if (ticket === latest) show([...strong, ...loose].slice(0, LIMIT), query);
  }

  function show(hits: Hit[], query: string) {
    const all = searchUrl(query.trim());
    targets = [...hits.map((hit) => hit.url), all];
    const items = [
      ...hits.map((hit, i) => optionItem(hit, query, `site-search-option-${i}`)),
      moreItem(query.trim(), hits.length > 0, `site-search-option-${hits.length}`),
    ];
    items.forEach((item, i) => {
      // mousedown fires before the input loses focus and the list closes.
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        location.assign(targets[i]!);
      });
    });
    list.replaceChildren(...items);
    setActive(-1);
    status.textContent =
      hits.length === 0
        ? "No quick results; the last option searches the full text"
        : `${hits.length} results; use the arrow keys to choose`;
    open(true);
  }

  input.addEventListener("input", () => void update());
  input.addEventListener("blur", () => open(false));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (targets.length === 0) return;
      event.preventDefault();
      open(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + targets.length) % targets.length);
    } else if (event.key === "Escape") {
      open(false);
      setActive(-1);
    } else if (event.key === "Enter" && active >= 0) {
      // An exact code without a chosen result is handled by the form (src/scripts/site.ts).
      event.preventDefault();
      location.assign(targets[active]!);
    }
  });
  void load().then(() => (input.value ? update() : undefined));
}
