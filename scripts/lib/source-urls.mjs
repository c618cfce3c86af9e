/**
 * Finding the external source URLs in the content and data, and checking that
 * they still answer. The extraction is a plain function; the checks take the
 * fetch function, time limit and concurrency as arguments.
 */

/** Hosts reserved for examples (RFC 2606, RFC 6761) or this machine, which no source lives on. */
const exampleHost = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$|^127\.|^\[::1\]$/;

/**
 * Strips what follows a URL in prose or markup: sentence punctuation, and a
 * closing bracket or parenthesis that the URL did not open.
 * @param {string} url
 */
function trimUrl(url) {
  let u = url;
  for (;;) {
    const last = u.at(-1);
    if (last && ".,;:!?'\"*".includes(last)) u = u.slice(0, -1);
    else if (last === ")" && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) u = u.slice(0, -1);
    else if (last === "]" && (u.match(/\[/g)?.length ?? 0) < (u.match(/\]/g)?.length ?? 0)) u = u.slice(0, -1);
    else return u;
  }
}

/**
 * Every distinct http(s) URL in a text, in order of first appearance, without
 * example hosts.
 * @param {string} text
 * @returns {string[]}
 */
export function extractUrls(text) {
  const urls = [];
  for (const m of text.matchAll(/https?:\/\/[^\s<>"'`{}|\\^]+/g)) {
    const url = trimUrl(m[0]);
    let host;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    if (!exampleHost.test(host)) urls.push(url);
  }
  return [...new Set(urls)];
}

/**
 * @typedef {{ url: string, ok: boolean, status?: number, error?: string }} UrlResult
 */

/**
 * Asks for one URL: HEAD first, and GET when the server will not answer HEAD.
 * @param {string} url
 * @param {{ fetch?: typeof fetch, timeoutMs?: number }} [options]
 * @returns {Promise<UrlResult>}
 */
export async function checkUrl(url, { fetch: get = fetch, timeoutMs = 15000 } = {}) {
  const ask = (/** @type {string} */ method) =>
    get(url, {
      method,
      redirect: "follow",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "http-status-reference source check" },
    });
  try {
    let response = await ask("HEAD");
    if ([403, 405, 501].includes(response.status)) response = await ask("GET");
    await response.body?.cancel();
    return { url, ok: response.status < 400, status: response.status };
  } catch (error) {
    const cause =
      error instanceof Error
        ? error.name === "TimeoutError"
          ? `no answer within ${timeoutMs} ms`
          : error.message
        : String(error);
    return { url, ok: false, error: cause };
  }
}

/**
 * Checks many URLs, at most `concurrency` at a time.
 * @param {string[]} urls
 * @param {{ fetch?: typeof fetch, timeoutMs?: number, concurrency?: number }} [options]
 * @returns {Promise<UrlResult[]>}
 */
export async function checkUrls(urls, { concurrency = 4, ...options } = {}) {
  /** @type {UrlResult[]} */
  const results = new Array(urls.length);
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const i = next++;
      results[i] = await checkUrl(/** @type {string} */ (urls[i]), options);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}
