/**
 * The one script every page loads, kept small: search code loads only when the
 * search box is first used.
 */
import { url } from "../lib/urls";
import { jumpTarget } from "./jump";

const root = document.documentElement;
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
const search = $<HTMLInputElement>("#site-search");
/** The shortcuts dialog, once it has been built (src/scripts/help.ts). */
let help: HTMLDialogElement | undefined;
const openHelp = () => void import("./help").then(async (m) => (help = await m.openHelp()));

// Colour scheme: the system's until the visitor picks one (public/theme.js applies it before paint).
const themes = $<HTMLFieldSetElement>("[data-theme-choice]");
if (themes) {
  const current = root.dataset["theme"] ?? "system";
  for (const input of themes.querySelectorAll("input")) input.checked = input.value === current;
  themes.hidden = false;
  themes.onchange = (event) => {
    const theme = (event.target as HTMLInputElement).value;
    if (theme === "system") delete root.dataset["theme"];
    else root.dataset["theme"] = theme;
    // Private windows may refuse storage; the choice then lasts for this page only.
    try {
      if (theme === "system") localStorage.removeItem("theme");
      else localStorage.setItem("theme", theme);
    } catch {}
  };
}

// Copy buttons on code pages, with a confirmation that screen readers hear too.
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) {
  button.hidden = false;
  button.onclick = () => {
    const text = (button.dataset["copy"] || "{url}").replace("{url}", location.href.replace(/[?#].*$/, ""));
    const status = $("[data-copy-status]")!;
    navigator.clipboard.writeText(text).then(
      () => (status.textContent = `Copied: ${text}`),
      () => (status.textContent = "Could not copy: select the text instead."),
    );
  };
}

// A bare code or class typed into a jump or search box goes straight to its page.
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-jump]")) {
  form.onsubmit = (event) => {
    const target = jumpTarget(form.q.value);
    if (target) {
      event.preventDefault();
      location.assign(target);
    }
  };
}

// Keyboard shortcuts, listed in the help dialog.
const helpButton = $("[data-help-open]");
if (helpButton) {
  helpButton.hidden = false;
  helpButton.onclick = openHelp;
}
const shortcuts: Record<string, () => void> = {
  "/": () => search?.focus(),
  "?": openHelp,
  "[": () => $("a[rel=prev]")?.click(),
  "]": () => $("a[rel=next]")?.click(),
  u: () => $("a[data-up]")?.click(),
};
document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const action =
    (event.ctrlKey || event.metaKey) && event.key === "k"
      ? shortcuts["/"]
      : event.ctrlKey || event.metaKey || event.altKey || typing || help?.open
        ? undefined
        : shortcuts[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});

// Live results under the header search box, loaded on first use.
search?.addEventListener("focus", () => void import("./header-search").then((m) => m.attach(search)), { once: true });

// Offline reading: register after the page has loaded, so caching the site never slows the first view.
if ("serviceWorker" in navigator && import.meta.env.PROD) {
  addEventListener("load", () => void navigator.serviceWorker.register(url("sw.js"), { scope: url() }));
  // "Save for offline" in the footer loads its code when first opened.
  const offline = $<HTMLDetailsElement>("[data-offline]");
  if (offline) {
    offline.hidden = false;
    offline.addEventListener("toggle", () => void import("./offline").then((m) => m.attach(offline)), { once: true });
  }
}
