import type { Hit } from "./search";
import { clean, words } from "../lib/rank";

/**
 * Text with the query's words marked where a word starts with them; built from text nodes, so no input is ever
 * parsed as HTML. A pasted line's noise (`at=`, ids) marks nothing, and "at" is not marked inside "gateway".
 */
export function highlighted(text: string, query: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const terms = words(clean(query)).filter((w) => w.length > 1);
  if (terms.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const pattern = new RegExp(`\\b(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
  text.split(pattern).forEach((part, i) => {
    if (i % 2 === 1) fragment.append(element("mark", "", part));
    else if (part) fragment.append(part);
  });
  return fragment;
}

/** An element with a class and children (strings become text, never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** The code number, coloured by its class. */
export const codeNumber = (hit: Hit) => element("span", `num c${hit.label[0]}`, hit.label);

/** The quoted message that found a page, as "nginx: `upstream timed out`": why a pasted line led here. */
const matched = ({ software, text }: NonNullable<Hit["message"]>, query: string) => [
  `${software}: `,
  element("code", "", highlighted(text, query)),
];

/** One result on the search page: a link with the code and its name, then the message that found it and the summary. */
export function resultItem(hit: Hit, query: string): HTMLLIElement {
  const link = element("a", "", codeNumber(hit), " ", element("span", "name", highlighted(hit.title, query)));
  link.href = hit.url;
  if (hit.unofficial) link.append(" ", element("span", "badge status-unofficial", "Unofficial"));
  const message = hit.message ? [element("p", "matched", ...matched(hit.message, query))] : [];
  return element("li", "", link, ...message, element("p", "", highlighted(hit.summary, query)));
}

/** One result in the header's list box: the code, its name, and the message that found it or else the summary. */
export function optionItem(hit: Hit, query: string, id: string): HTMLLIElement {
  const summary = element(
    "span",
    "popup-summary",
    ...(hit.message ? matched(hit.message, query) : [highlighted(hit.summary, query)]),
  );
  const item = element("li", "", codeNumber(hit), " ", highlighted(hit.title, query), summary);
  item.id = id;
  item.setAttribute("role", "option");
  return item;
}

/** The header list box's last option: every result for the query on the search page. */
export function moreItem(query: string, after: boolean, id: string): HTMLLIElement {
  const item = element("li", "popup-more", after ? "All results for " : "Search the full text for ", `“${query}”`);
  item.id = id;
  item.setAttribute("role", "option");
  return item;
}
