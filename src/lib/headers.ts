/**
 * The HTTP headers a host should send, as one list of rules: written into the
 * build as `_headers` (read by Netlify and Cloudflare Pages) with every path under
 * the configured base, and mirrored by docs/nginx.conf (a test serves the build
 * with it and checks that the headers arrive).
 */
import { contentSecurityPolicy } from "./csp";
import { withBase } from "./urls";

export interface HeaderRule {
  /** A path pattern under the base; `*` matches the rest of the path. */
  path: string;
  headers: Record<string, string>;
}

/** The rules for a site served under `base` (`/` or `/http-status/`). */
export function headerRules(base: string): HeaderRule[] {
  const at = (path: string) => withBase(base, path);
  const readableAnywhere = { "Access-Control-Allow-Origin": "*" };
  return [
    {
      path: at("*"),
      headers: {
        "Content-Security-Policy": contentSecurityPolicy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
      },
    },
    // File names under _astro/ carry a hash of their content, so they never change.
    { path: at("_astro/*"), headers: { "Cache-Control": "public, max-age=31536000, immutable" } },
    // A new worker must be seen at once, or visitors keep the previous build.
    { path: at("sw.js"), headers: { "Cache-Control": "no-cache" } },
    // Data and text for tools, which may run in a page on another origin.
    { path: at("codes.json"), headers: readableAnywhere },
    { path: at("codes.schema.json"), headers: readableAnywhere },
    { path: at("codes.txt"), headers: readableAnywhere },
    { path: at("codes/*"), headers: readableAnywhere },
  ];
}

/** The rules in the `_headers` file format: a path, then its headers indented below it. */
export const headersFile = (base: string): string =>
  headerRules(base)
    .map(({ path, headers }) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n"),
    )
    .join("\n\n") + "\n";
