import type { Hit } from "./search";
import { words } from "../lib/rank";

/** Text with the query's words marked; built from text nodes, so no input is ever parsed as HTML. */
export function highlighted(text: string, query: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const terms = words(query).filter((w) => w.length > 1);
  if (terms.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
  text.split(pattern).forEach((part, i) => {
    if (i % 2 === 1) {
      const mark = document.createElement("mark");
      mark.textContent = part;
      fragment.append(mark);
    } else if (part) fragment.append(part);
  });
  return fragment;
}

/** One result as a list item: a link with the code and its name, then the summary. */
export function resultItem(hit: Hit, query: string): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = hit.url;
  const num = document.createElement("span");
  num.className = `num c${hit.label[0]}`;
  num.textContent = hit.label;
  const name = document.createElement("span");
  name.className = "name";
  name.append(highlighted(hit.title, query));
  link.append(num, " ", name);
  if (hit.unofficial) {
    const tag = document.createElement("span");
    tag.className = "badge status-unofficial";
    tag.textContent = "Unofficial";
    link.append(" ", tag);
  }
  const summary = document.createElement("p");
  summary.append(highlighted(hit.summary, query));
  item.append(link, summary);
  return item;
}
