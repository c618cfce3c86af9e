/**
 * The one place internal URLs are made. Every link goes through here so the
 * site works at a domain's root and under a sub-path (BASE_PATH) alike.
 */

/** Joins a base path and a site-relative path with exactly one slash between them. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith("/") ? base : `${base}/`;
  return head + path.replace(/^\/+/, "");
}

/** A site-relative path (`codes/404/`) as an absolute path under the configured base. */
export const url = (path = ""): string => withBase(import.meta.env.BASE_URL, path);

/** A code page: `/codes/404/`. */
export const codeUrl = (code: number): string => url(`codes/${code}/`);

/** A class page: `/codes/4xx/`. */
export const classUrl = (id: string): string => url(`codes/${id}/`);

/** A comparison page: `/compare/redirects/`. */
export const compareUrl = (slug: string): string => url(`compare/${slug}/`);

/** The search page, with a query when given. */
export const searchUrl = (query?: string): string => url(query ? `search/?q=${encodeURIComponent(query)}` : "search/");

/** The plain-text page of a code: `/codes/404.txt`. */
export const codeTextUrl = (code: number): string => url(`codes/${code}.txt`);

/** The data of a code: `/codes/404.json`. */
export const codeDataUrl = (code: number): string => url(`codes/${code}.json`);

/** A page's preview image, by the page's own path: `cards/codes/404.png`. */
export const cardUrl = (page: string): string => url(`cards/${page}.png`);

/** A site path as an absolute URL on the public origin (SITE_URL), for links that leave the site. */
export const absoluteUrl = (path: string): string => new URL(path, import.meta.env.SITE).href;
