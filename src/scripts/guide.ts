/**
 * Turns the guide's nested list (src/components/Guide.astro) into one question
 * at a time. The list in the HTML stays the single source: this reads it, hides
 * it behind a "show all" button, and builds the steps with DOM methods only.
 * Each step is a history entry, so the browser's Back button works too.
 */

/** A question as read from the list. */
interface Step {
  text: string;
  choices: Choice[];
}

/** An answer: it leads to a further question or ends at the result items (code link and reason). */
type Choice = { label: string; step: Step } | { label: string; results: HTMLLIElement[] };

/** Where the current path of answer indexes lives in history.state. */
const stateKey = "guidePath";

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

function parse(question: Element): Step {
  return {
    text: text(question.querySelector(":scope > [data-guide-text]")),
    choices: [...question.querySelectorAll(":scope > ul > li[data-guide-answer]")].map((item): Choice => {
      const label = text(item.querySelector(":scope > [data-guide-label]"));
      const nested = item.querySelector(":scope > [data-guide-question]");
      if (nested) return { label, step: parse(nested) };
      return { label, results: [...item.querySelectorAll<HTMLLIElement>(":scope > [data-guide-results] > li")] };
    }),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function button(label: string, className?: string): HTMLButtonElement {
  const node = element("button", className);
  node.type = "button";
  node.textContent = label;
  return node;
}

/** Where a path of answer indexes leads, with the questions and answers on the way; undefined if it is not a path. */
function walk(start: Step, path: readonly number[]) {
  const taken: { question: string; answer: string }[] = [];
  let step = start;
  for (const [depth, index] of path.entries()) {
    const choice = step.choices[index];
    if (!choice) return undefined;
    taken.push({ question: step.text, answer: choice.label });
    if ("results" in choice) return depth === path.length - 1 ? { taken, step, results: choice.results } : undefined;
    step = choice.step;
  }
  return { taken, step, results: undefined };
}

const isPath = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0);

/** Enhances one guide: `root` holds the `[data-guide-tree]` list that Guide.astro renders. */
export function enhance(root: HTMLElement): void {
  const tree = root.querySelector<HTMLElement>("[data-guide-tree]");
  const first = tree?.querySelector("[data-guide-question]");
  if (!tree || !first || root.dataset["enhanced"] !== undefined) return;
  root.dataset["enhanced"] = "";
  const start = parse(first);

  const app = element("div", "guide-app");
  const trailBox = element("div", "guide-trail");
  const trailTitle = element("p", "guide-trail-title");
  trailTitle.id = "guide-trail-title";
  trailTitle.textContent = "Your answers so far";
  const trail = element("ol");
  trail.setAttribute("aria-labelledby", trailTitle.id);
  trailBox.append(trailTitle, trail);
  const heading = element("h2", "guide-step");
  heading.id = "guide-step";
  heading.tabIndex = -1;
  const body = element("div", "guide-body");
  const controls = element("div", "guide-controls");
  const back = button("Back");
  const restart = button("Start over");
  controls.append(back, restart);
  app.append(trailBox, heading, body, controls);

  // The full list stays one click away, for anyone who wants to see every branch at once.
  const toggle = button("Show all questions as a list", "guide-toggle");
  toggle.setAttribute("aria-controls", tree.id);
  toggle.setAttribute("aria-expanded", "false");
  toggle.addEventListener("click", () => {
    tree.hidden = !tree.hidden;
    toggle.setAttribute("aria-expanded", String(!tree.hidden));
    toggle.textContent = tree.hidden ? "Show all questions as a list" : "Hide the list of all questions";
  });
  tree.hidden = true;
  root.prepend(app, toggle);

  const saved: unknown = (history.state as Record<string, unknown> | null)?.[stateKey];
  let path: number[] = isPath(saved) && walk(start, saved) ? saved : [];

  function render(moveFocus: boolean) {
    const where = walk(start, path)!;
    trail.replaceChildren(
      ...where.taken.map(({ question, answer }) => {
        const item = element("li");
        const asked = element("span", "guide-asked");
        asked.textContent = question;
        item.append(asked, " ", answer);
        return item;
      }),
    );
    trailBox.hidden = where.taken.length === 0;
    controls.hidden = path.length === 0;

    if (where.results) {
      const names = where.results.map((item) => text(item.querySelector("a")));
      heading.textContent = `Send ${names.join(" or ")}`;
      const list = element("ul", "guide-results");
      list.append(...where.results.map((item) => item.cloneNode(true)));
      body.replaceChildren(list);
    } else {
      heading.textContent = where.step.text;
      const list = element("ul", "guide-choices");
      where.step.choices.forEach((choice, index) => {
        const choose = button(choice.label, "guide-choice");
        choose.addEventListener("click", () => go([...path, index]));
        const item = element("li");
        item.append(choose);
        list.append(item);
      });
      body.replaceChildren(list);
    }
    if (moveFocus) heading.focus();
  }

  function go(next: number[]) {
    path = next;
    history.pushState({ ...(history.state as object | null), [stateKey]: next }, "");
    render(true);
  }

  back.addEventListener("click", () => go(path.slice(0, -1)));
  restart.addEventListener("click", () => go([]));

  // Entries without our key come from other navigation on the page, such as the skip link: stay where we are.
  addEventListener("popstate", (event) => {
    const state: unknown = (event.state as Record<string, unknown> | null)?.[stateKey];
    if (!isPath(state) || !walk(start, state) || state.join() === path.join()) return;
    path = state;
    render(true);
  });

  history.replaceState({ ...(history.state as object | null), [stateKey]: path }, "");
  render(false);
}
