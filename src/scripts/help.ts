/**
 * The keyboard shortcuts dialog, built the first time it is asked for, with its
 * stylesheet: only the site script can open it, so a page read without
 * JavaScript has no use for either, and every page saves their bytes.
 */
import stylesheet from "../styles/help.css?url";

const markup = `<h2 id="help-title">Keyboard shortcuts</h2><dl class="shortcuts">
<div><dt><kbd>/</kbd> or <kbd>Ctrl</kbd> <kbd>K</kbd></dt><dd>Search</dd></div>
<div><dt><kbd>↑</kbd> <kbd>↓</kbd> then <kbd>Enter</kbd></dt><dd>Pick a search result</dd></div>
<div><dt><kbd>[</kbd> and <kbd>]</kbd></dt><dd>Previous and next code</dd></div>
<div><dt><kbd>u</kbd></dt><dd>Up to the code's class</dd></div>
<div><dt><kbd>?</kbd></dt><dd>This help</dd></div>
</dl><form method="dialog"><button type="submit">Close</button></form>`;

let dialog: HTMLDialogElement | undefined;

/** Opens the dialog, building it on first use; returns it so the caller can tell when it is open. */
export async function openHelp(): Promise<HTMLDialogElement> {
  if (!dialog) {
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: stylesheet });
    // Shown once styled; if the sheet fails to load, shown unstyled rather than not at all.
    const styled = new Promise((resolve) => (link.onload = link.onerror = resolve));
    document.head.append(link);
    await styled;
    dialog = document.createElement("dialog");
    dialog.className = "help";
    dialog.setAttribute("aria-labelledby", "help-title");
    // A fixed string of the site's own: nothing from the page or the address goes into it.
    dialog.innerHTML = markup;
    document.body.append(dialog);
  }
  dialog.showModal();
  return dialog;
}
