// Helpers shared by scripts/bench.mjs and scripts/bench-search.mjs: the browser,
// a static server for a built site, build timing, gzip sizes and Markdown output.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { launchOptions } from "../chromium.mjs";

export const projectRoot = new URL("../../", import.meta.url).pathname;

/** BASE_PATH as the site and scripts/serve.mjs read it: "/" or "/sub/". */
export const basePath = `/${(process.env.BASE_PATH ?? "").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

export const launchBrowser = () => chromium.launch(launchOptions());

/** A port nobody listens on, so a bench never collides with a dev server on 4321. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Serves a built site with the project's own scripts/serve.mjs, which behaves
 * like a plain static host: `<root>/dist` by default, or `dist` (a folder, or a
 * link to one that may be pointed elsewhere while it runs, as a deploy does).
 * Resolves once it answers; `close()` stops it. `sent()` lists every file the
 * host has sent so far, with the bytes a host would send for it (see wireSize).
 */
export async function serveSite(root = projectRoot, { dist = join(root, "dist"), base = basePath } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "scripts/serve.mjs")], {
    env: { ...process.env, PORT: String(port), BASE_PATH: base, DIST: dist, LOG_REQUESTS: "1" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const sent = [];
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (!line.startsWith("{")) return;
    const { status, file } = JSON.parse(line);
    // Read now: the folder may hold another build a moment later.
    sent.push({ status, file, bytes: status === 304 ? 0 : fileWireSize(join(dist, file)) });
  });
  // Stop the server even when the bench crashes, so no orphan keeps the port.
  const stop = () => child.kill();
  process.on("exit", stop);
  const url = `http://127.0.0.1:${port}${base}`;
  const answers = () =>
    fetch(url).then(
      (r) => r.ok,
      () => false,
    );
  for (let i = 0; i < 100; i++) {
    if (await answers()) {
      // The check above is not a visitor's: wait for its line, then forget it.
      for (let j = 0; j < 50 && sent.length === 0; j++) await new Promise((r) => setTimeout(r, 20));
      sent.length = 0;
      return { url, close: stop, sent: () => [...sent], forget: () => void (sent.length = 0) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`scripts/serve.mjs did not answer at ${url}`);
}

/** Sum of the resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  let total = 0;
  try {
    total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean)) {
      total += treeRss(task);
    }
  } catch {
    // the process ended between two reads
  }
  return total;
}

/**
 * Runs `npm run build` in `cwd` and measures it. Peak memory and CPU time come
 * from GNU time (peak = the largest single process, which is the Astro build)
 * when it is installed, else memory is sampled from /proc every 100 ms (the
 * whole process tree) and CPU time is not known.
 */
export function timedBuild(cwd, { quiet = true, env = {} } = {}) {
  const useTime = existsSync("/usr/bin/time");
  const [command, args] = useTime ? ["/usr/bin/time", ["-v", "npm", "run", "build"]] : ["npm", ["run", "build"]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, BASE_PATH: basePath, ...env } });
    let output = "";
    let peak = 0;
    const sampler = useTime ? undefined : setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        output += chunk;
        if (!quiet) process.stderr.write(chunk);
      });
    }
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`npm run build failed in ${cwd}:\n${output.slice(-3000)}`));
      const timeField = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(output)?.[1] ?? NaN);
      if (useTime) peak = timeField("Maximum resident set size \\(kbytes\\)") * 1024;
      // CPU time (user + system) hardly depends on what else runs on the machine; wall time does.
      const cpuSeconds = useTime
        ? timeField("User time \\(seconds\\)") + timeField("System time \\(seconds\\)")
        : undefined;
      const pages = readdirSync(join(cwd, "dist"), { recursive: true }).filter((f) => f.endsWith(".html")).length;
      const peakMethod = useTime ? "largest process, GNU time" : "process tree, sampled from /proc";
      resolve({ seconds, cpuSeconds, peakBytes: peak, peakMethod, pages });
    });
  });
}

/** Formats that are compressed already; a host sends them as they are. */
const isGzip = (body) => body[0] === 0x1f && body[1] === 0x8b;
const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json|wasm)|image\/svg)/;

export const gzipSize = (body) => gzipSync(body, { level: 6 }).length;

/** Bytes a host would send for a file, by the same rule as wireSize, with the type from its name. */
export function fileWireSize(path) {
  const body = readFileSync(path);
  return /\.(png|ico|jpe?g|webp|avif|woff2?)$/.test(path) ? body.length : wireSize(body, "text/");
}

/**
 * Bytes a typical static host would send for a response body: gzip level 6 for
 * text-like types, the body as is for anything else (Pagefind's index files are
 * gzip already, and compressing them twice only makes them bigger).
 */
export function wireSize(body, contentType = "") {
  if (body.length === 0 || isGzip(body) || !compressible.test(contentType)) return body.length;
  return gzipSize(body);
}

export const median = (values) => percentile(values, 50);

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Bytes for people: `512 B`, `4.9 KB`. */
export const size = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
export const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");
export const pct = (value) => `${(value * 100).toFixed(1)} %`;

/**
 * A Markdown table with padded columns, so it reads well in a terminal and
 * Prettier leaves it as it is. `|` in cells is escaped so a query cannot break it.
 */
export function markdownTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => String(c).replaceAll("|", "\\|")));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => [...row[i]].length)));
  const line = (row) => `| ${row.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join(" | ")} |`;
  const [head, ...body] = cells;
  return [line(head), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...body.map(line)].join("\n");
}
