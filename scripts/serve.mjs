// Serves dist/ the way a plain static host does (GitHub Pages, nginx, S3):
// files as they are (text gzipped for clients that accept it, as hosts do),
// `/codes/404` redirected to `/codes/404/`, and the site's 404.html for
// anything missing. Caching follows the build's `_headers` (immutable hashed
// assets); every other file is revalidated against its ETag and Last-Modified,
// as on Netlify by default. BASE_PATH mounts the site under a sub-path;
// DIST names the folder to serve (dist by default; relative to the project, or
// absolute). LOG_REQUESTS=1 prints a JSON line for each file sent, so a
// measurement can count what the host sent.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, relative, resolve } from "node:path";
import { createGzip } from "node:zlib";

const root = `${resolve(new URL("..", import.meta.url).pathname, process.env.DIST ?? "dist")}/`;
const logRequests = process.env.LOG_REQUESTS === "1";
const base = `/${(process.env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const port = Number(process.env.PORT ?? 4321);
const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
};

/** The Cache-Control rules of the build's `_headers`: a path, or a prefix ending in `*`, and its value. */
const cacheRules = existsSync(`${root}_headers`)
  ? readFileSync(`${root}_headers`, "utf8")
      .split(/\n(?=\S)/)
      .flatMap((block) => {
        const [path, ...lines] = block.trim().split("\n");
        const value = lines.map((l) => /^\s*Cache-Control:\s*(.+)$/i.exec(l)?.[1]).find(Boolean);
        return value ? [{ path: path.trim(), value }] : [];
      })
  : [];
const cacheControl = (pathname) =>
  cacheRules.find(({ path }) => (path.endsWith("*") ? pathname.startsWith(path.slice(0, -1)) : pathname === path))
    ?.value ?? "no-cache";

const isFile = (path) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
const isDir = (path) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Pagefind's own files and images are compressed already; everything else is text. */
const compressed = (type) => type === "application/octet-stream" || type.startsWith("image/png");

async function send(req, res, status, path) {
  const file = await stat(path);
  const modified = file.mtime.toUTCString();
  // As nginx's: time and size, so two builds written within the same second still differ.
  const etag = `W/"${Math.floor(file.mtimeMs).toString(16)}-${file.size.toString(16)}"`;
  // Exact matches, as nginx by default; If-None-Match wins over If-Modified-Since (RFC 9110, section 13.2.2).
  const match = req.headers["if-none-match"];
  const unchanged = match !== undefined ? match === etag : req.headers["if-modified-since"] === modified;
  const sent = status === 200 && unchanged ? 304 : status;
  if (logRequests) console.log(JSON.stringify({ status: sent, file: relative(root, path) }));
  if (sent === 304) {
    res.writeHead(304, { ETag: etag, "Last-Modified": modified });
    return res.end();
  }
  const type = types[extname(path)] ?? "application/octet-stream";
  const gzip = !compressed(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": status === 200 ? cacheControl(`${base}${relative(root, path)}`) : "no-cache",
    ETag: etag,
    "Last-Modified": modified,
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  const body = createReadStream(path);
  (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(res);
}

createServer(async (req, res) => {
  const { pathname, search } = new URL(req.url ?? "/", "http://localhost");
  const notFound = () => send(req, res, 404, join(root, "404.html"));
  if (!pathname.startsWith(base) && pathname !== base.slice(0, -1)) return notFound();
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(pathname.slice(base.length))));
  } catch {
    return notFound();
  }
  if (!path.startsWith(root.slice(0, -1))) return notFound();
  if (await isFile(path)) return send(req, res, 200, path);
  if (await isDir(path)) {
    if (!pathname.endsWith("/")) {
      res.writeHead(301, { Location: `${pathname}/${search}` });
      return res.end();
    }
    if (await isFile(join(path, "index.html"))) return send(req, res, 200, join(path, "index.html"));
  }
  notFound();
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving dist/ at http://localhost:${port}${base}`);
});
