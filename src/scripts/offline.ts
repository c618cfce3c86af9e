/**
 * The "Save for offline" panel (src/components/OfflineSave.astro): shows what
 * the service worker has saved and how much the rest would cost, saves the whole
 * site with progress, and removes the copy again. The worker does the work
 * (src/integrations/sw.js); this only asks and shows.
 */

/** What the worker reports (see `status` in src/integrations/sw.js). */
interface Status {
  saved: boolean;
  saving: boolean;
  pages: number;
  files: number;
  missingFiles: number;
  bytes: number;
  missingBytes: number;
  error?: string;
  progress?: { done: { files: number; bytes: number }; total: { files: number; bytes: number } };
}

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Builds the panel inside the footer's `<details>` and connects it to the worker. */
export function attach(panel: HTMLElement): void {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>) =>
    Object.assign(document.createElement(tag), props);
  const text = make("p", { textContent: "Asking this browser what is saved…" });
  text.setAttribute("aria-live", "polite");
  text.dataset["offlineStatus"] = "";
  const bar = make("progress", { hidden: true, max: 1, value: 0 });
  bar.setAttribute("aria-label", "Saved so far");
  const save = make("button", { type: "button", hidden: true, textContent: "Save for offline" });
  const remove = make("button", { type: "button", hidden: true, textContent: "Remove the offline copy" });
  const actions = make("p", { className: "offline-actions" });
  actions.append(save, remove);
  panel.append(text, bar, actions);
  const worker = navigator.serviceWorker;

  const ask = async (offline: "status" | "save" | "remove") => (await worker.ready).active?.postMessage({ offline });

  function show(status: Status) {
    const { progress } = status;
    bar.hidden = !progress;
    if (progress) {
      // Counted, not announced: the live status line says when it starts and ends.
      bar.max = progress.total.bytes || 1;
      bar.value = progress.done.bytes;
      bar.title = `${progress.done.files} of ${progress.total.files} files, ${size(progress.done.bytes)} of ${size(progress.total.bytes)}`;
      save.hidden = true;
      if (!text.dataset["saving"]) text.textContent = `Saving the site: ${size(progress.total.bytes)} to download…`;
      text.dataset["saving"] = "1";
      return;
    }
    delete text.dataset["saving"];
    const complete = status.saved && status.missingFiles === 0;
    save.hidden = complete;
    remove.hidden = !status.saved;
    save.textContent = status.saved ? `Save the rest (${size(status.missingBytes)})` : "Save for offline";
    text.textContent = status.error
      ? `Could not save: ${navigator.onLine ? status.error : "this device is offline"}. ` +
        `${status.files - status.missingFiles} of ${status.files} files are saved; try again when you are online.`
      : complete
        ? `Saved: all ${status.pages} pages and full-text search work offline on this device, ` +
          `and the copy follows the site's updates, downloading only what changed.`
        : status.saved
          ? `Partly saved: ${status.files - status.missingFiles} of ${status.files} files.`
          : `Pages you open are kept for reading offline. Save the whole site (all ${status.pages} pages and ` +
            `full-text search) to read any page offline: ${size(status.missingBytes)} to download.`;
  }

  worker.addEventListener("message", (event: MessageEvent<{ offline?: Status }>) => {
    if (event.data?.offline) show(event.data.offline);
  });
  save.onclick = () => {
    save.hidden = true;
    text.textContent = "Saving the site…";
    void ask("save");
  };
  remove.onclick = () => void ask("remove");
  void ask("status");
}
