/**
 * What clients, caches, gateways and monitors decide from a status code alone,
 * derived from the specifications rather than typed per page. Each fact
 * carries the document and section it comes from. Pure functions of the code
 * and its registry status, so unit tests can check every rule.
 */
import type { Status } from "../content/schema";

/** A citable place in a specification. */
export interface Source {
  /** How it is cited, e.g. "RFC 9110, Section 15.1". */
  title: string;
  url: string;
}

/** One derived fact: a machine value, the short text a page shows for it, and where it comes from. */
export interface Fact<T> {
  value: T;
  label: string;
  source: Source;
}

const rfc = (number: number, section: string): Source => ({
  title: `RFC ${number}, Section ${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
});
const rfc9110 = (section: string) => rfc(9110, section);
const fetchStandard = (anchor: string, what: string): Source => ({
  title: `Fetch Standard, ${what}`,
  url: `https://fetch.spec.whatwg.org/#${anchor}`,
});

/**
 * Registered codes mean what their specification says. A code the registry
 * does not assign (unofficial, or reserved as unused) is unrecognized, and a
 * client treats it as the x00 code of its class (RFC 9110, Section 15).
 */
const recognized = (status: Status) => status !== "unofficial" && status !== "unused";

/**
 * Codes a cache may store and reuse with a heuristic lifetime when the response
 * has no explicit freshness (RFC 9111, Section 4.2.2). RFC 9110 lists its own in
 * Section 15.1; a later RFC can add one, as RFC 7725 did for 451.
 */
const heuristicallyCacheable = new Map<number, Source>([
  ...[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501].map((code) => [code, rfc9110("15.1")] as const),
  [451, rfc(7725, "3")],
]);

/** Whether a cache may store the response without explicit freshness information. */
export function cacheableByDefault(code: number, status: Status): Fact<boolean> {
  // Only final responses are stored at all (RFC 9111, Section 3).
  if (code < 200) return { value: false, label: "Never cached", source: rfc(9111, "3") };
  // An unrecognized code is defined nowhere, so nothing defines it as cacheable.
  const source = recognized(status) ? heuristicallyCacheable.get(code) : undefined;
  return source
    ? { value: true, label: "Cacheable by default", source }
    : { value: false, label: "Not cacheable by default", source: rfc9110("15.1") };
}

/** Responses that never carry content, whatever the request (RFC 9110, Sections 6.4.1 and 15.3.6). */
const noContent = new Map<number, Source>([
  [204, rfc9110("6.4.1")],
  [205, rfc9110("15.3.6")],
  [304, rfc9110("6.4.1")],
]);

/**
 * Whether the response can carry content. A response to HEAD never does
 * (RFC 9110, Section 9.3.2); this is about every other request.
 */
export function canHaveContent(code: number): Fact<boolean> {
  const source = code < 200 ? rfc9110("6.4.1") : noContent.get(code);
  return source
    ? { value: false, label: "No content", source }
    : { value: true, label: "Can have content", source: rfc9110("6.4.1") };
}

/** What a browser's fetch does with the request when it follows a redirect. */
export const redirectKinds = ["none", "method-kept", "post-becomes-get", "becomes-get"] as const;
export type RedirectKind = (typeof redirectKinds)[number];

const redirectLabels: Record<RedirectKind, string> = {
  none: "Not a redirect",
  "method-kept": "Redirect, method kept",
  "post-becomes-get": "Redirect, POST becomes GET",
  "becomes-get": "Redirect, becomes GET",
};

/**
 * Whether clients follow the response's Location automatically, and with which
 * method. The Fetch Standard's redirect statuses are 301, 302, 303, 307 and 308;
 * its HTTP-redirect fetch turns POST into GET for 301 and 302, and every method
 * but GET and HEAD into GET for 303. 300 and 304 are not followed.
 */
export function redirect(code: number): Fact<RedirectKind> {
  const value: RedirectKind =
    code === 307 || code === 308
      ? "method-kept"
      : code === 301 || code === 302
        ? "post-becomes-get"
        : code === 303
          ? "becomes-get"
          : "none";
  const source =
    value === "none"
      ? fetchStandard("redirect-status", "redirect status")
      : fetchStandard("http-redirect-fetch", "HTTP-redirect fetch");
  return { value, label: redirectLabels[value], source };
}

/** When sending the request again can help, as a client or gateway decides it. */
export const retryKinds = [
  "not-needed",
  "never-unchanged",
  "after-change",
  "after-retry-after",
  "idempotent-only",
  "with-credentials",
  "new-connection",
  "after-handshake",
  "may-repeat",
  "user-action",
] as const;
export type RetryKind = (typeof retryKinds)[number];

/** The short label of each kind, and what it means (documented in /codes.schema.json too). */
export const retryInfo: Record<RetryKind, { label: string; meaning: string }> = {
  "not-needed": {
    label: "No retry needed",
    meaning: "The request did not fail: an interim answer, a success, or a redirect to follow.",
  },
  "never-unchanged": {
    label: "Never retry unchanged",
    meaning: "Sending the same request again fails the same way; something has to change first.",
  },
  "after-change": {
    label: "Retry after changing the request",
    meaning: "The specification names what to change (a header, the body, a precondition) before sending it again.",
  },
  "after-retry-after": {
    label: "Retry after Retry-After",
    meaning: "Send it again later: wait as long as Retry-After says, or back off when it is absent.",
  },
  "idempotent-only": {
    label: "Retry idempotent requests only",
    meaning:
      "Repeating is safe only for idempotent methods (GET, HEAD, PUT, DELETE...) or a request known not to have been applied.",
  },
  "with-credentials": {
    label: "Retry with credentials",
    meaning: "Send it again after authenticating: new Authorization or Proxy-Authorization, or a network login.",
  },
  "new-connection": {
    label: "Retry on a new connection",
    meaning: "Send it again over a different connection, whatever the method.",
  },
  "after-handshake": {
    label: "Retry after the TLS handshake",
    meaning: "Send it again once the TLS handshake has completed, not in early data.",
  },
  "may-repeat": {
    label: "May be repeated",
    meaning: "The request may be sent again as it is, on a new connection if the old one closed.",
  },
  "user-action": {
    label: "Retry only when asked again",
    meaning: "Do not repeat it automatically; a person may ask for it again.",
  },
};

/** Codes whose specification says what a retry needs; every other code follows its class. */
const retryRules = new Map<number, [RetryKind, Source]>([
  [401, ["with-credentials", rfc9110("15.5.2")]],
  [407, ["with-credentials", rfc9110("15.5.8")]],
  [511, ["with-credentials", rfc(6585, "6")]],
  [408, ["may-repeat", rfc9110("15.5.9")]],
  [409, ["after-change", rfc9110("15.5.10")]],
  [411, ["after-change", rfc9110("15.5.12")]],
  [412, ["after-change", rfc9110("15.5.13")]],
  [413, ["after-change", rfc9110("15.5.14")]],
  [417, ["after-change", rfc9110("10.1.1")]],
  [426, ["after-change", rfc9110("15.5.22")]],
  [428, ["after-change", rfc(6585, "3")]],
  [431, ["after-change", rfc(6585, "5")]],
  [505, ["after-change", rfc9110("15.6.6")]],
  [510, ["after-change", rfc(2774, "7")]],
  [421, ["new-connection", rfc9110("15.5.20")]],
  [425, ["after-handshake", rfc(8470, "5.2")]],
  [429, ["after-retry-after", rfc(6585, "4")]],
  [503, ["after-retry-after", rfc9110("15.6.4")]],
  [507, ["user-action", rfc(4918, "11.5")]],
  [501, ["never-unchanged", rfc9110("15.6.2")]],
]);

/**
 * The class defaults, which are also what an unrecognized code gets (none of
 * the x00 codes has a rule of its own): only errors need a retry, and repeating
 * an idempotent request after a server error cannot do harm (RFC 9110, Section 9.2.2).
 */
const classRetry = (code: number): [RetryKind, Source] =>
  code < 400
    ? ["not-needed", rfc9110(["15.2", "15.3", "15.4"][Math.floor(code / 100) - 1]!)]
    : code < 500
      ? ["never-unchanged", rfc9110("15.5")]
      : ["idempotent-only", rfc9110("9.2.2")];

/** What sending the request again needs. */
export function retry(code: number, status: Status): Fact<RetryKind> {
  const rule = recognized(status) ? retryRules.get(code) : undefined;
  // An unrecognized code is handled as the x00 code of its class (RFC 9110, Section 15).
  const [value, source] = rule ?? (recognized(status) ? classRetry(code) : [classRetry(code)[0], rfc9110("15")]);
  return { value, label: retryInfo[value].label, source };
}

/** Every derived fact of a code, in the order pages and data show them. */
export const protocolFacts = (code: number, status: Status) => ({
  cacheable: cacheableByDefault(code, status),
  content: canHaveContent(code),
  redirect: redirect(code),
  retry: retry(code, status),
});
export type ProtocolFacts = ReturnType<typeof protocolFacts>;
