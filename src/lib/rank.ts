/**
 * The site's own search: the compact index the build writes (codes, class
 * pages, comparison pages, the guide) and its ranking. It knows what full-text
 * search cannot: exact codes, classes and ranges, names old and new, constants,
 * the messages software prints, and misspellings. Pure functions, shared by
 * the header box, the search page and the unit tests.
 */

/* ---------- The index as the build writes it (short keys keep it small; URLs are derived) ---------- */

/** One code page. */
export interface CodeData {
  /** The code. */
  n: number;
  /** Its name. */
  t: string;
  /** Its summary. */
  s: string;
  /** 1 for an unofficial code. */
  u?: 1;
  /** Everything else it is known by: former names, aliases, vendors and their phrases, header names, constants. */
  a?: string[];
  /** What software prints with it, by software: `[software, text, text, …]`. */
  m?: string[][];
  /** The leads of its cause and answer bullets. */
  l?: string[];
}

/** One class page, `codes/4xx/`. */
export interface ClassData {
  /** The first digit. */
  d: number;
  /** The class's name, "Client Error". */
  t: string;
  s: string;
  /** Other names for the class. */
  a?: string[];
}

/** One comparison page, `compare/<p>/`. */
export interface CompareData {
  /** The slug. */
  p: string;
  t: string;
  s: string;
  /** The codes it compares. */
  n: number[];
  l?: string[];
}

/** Any other page, by its site-relative path: the index of codes, the guide. */
export interface PageData {
  p: string;
  /** Shown before the title: "Index", "Guide". */
  b: string;
  t: string;
  s: string;
  a?: string[];
  l?: string[];
}

export interface IndexData {
  c: CodeData[];
  k: ClassData[];
  v: CompareData[];
  g: PageData[];
}

/* ---------- Results ---------- */

/** One page the search can return. */
export interface Doc {
  kind: "code" | "class" | "compare" | "page";
  /** Site-relative: `codes/404/`, `codes/4xx/`, `compare/400-vs-422/`, `guide/`. */
  path: string;
  /** Shown before the title: the code, the class, "Compare", "Index" or "Guide". */
  label: string;
  title: string;
  summary: string;
  unofficial: boolean;
  /** The code of a code page. */
  code?: number;
  /** The first digit of a class page. */
  digit?: number;
  /** The codes a comparison page compares. */
  codes: number[];
}

export interface Ranked {
  doc: Doc;
  score: number;
  /** The quoted message of the page that the query holds, when one is what found the page. */
  message?: Pick<Message, "software" | "text">;
}

/** Results at or above this score answer the query by themselves; below it they are loose word matches. */
export const STRONG = 100;

/** What a name found inside a longer query earns per word, as a share of the name's own weight. */
const INSIDE = 0.08;

/** What two query words in a row earn where a page has them in a row, per unit of their share of the query. */
const PHRASE = 80;

/* ---------- Text ---------- */

/** Lower case, letters and digits only: `HttpStatusCode.BadGateway` and `httpstatuscode badgateway` meet. */
export const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * Lower-case words of letters and digits. A contraction keeps its negation as a word ("isn't" gives is, not), so
 * "isn't supported" meets "not supported"; other endings ("server's", "we're") go.
 */
export const words = (text: string) =>
  uncontract(text.toLowerCase())
    .replace(/['’](?:s|re|ll|ve|d|m)\b/g, "")
    .match(/[a-z0-9]+/g) ?? [];

/** "isn't" as "is not", "can't" as "can not", "won't" as "will not". */
const uncontract = (text: string) =>
  text
    .replace(/\b(can|won|ain)['’]t\b/gi, (_, w: string) => (w.toLowerCase() === "won" ? "will not" : `${w} not`))
    .replace(/n['’]t\b/gi, " not");

/** The parts of a camel-case name: `PostTooLargeException` gives post, too, large, exception. */
const parts = (text: string) =>
  !/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(text)
    ? []
    : (text
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
        .toLowerCase()
        .match(/[a-z0-9]+/g) ?? []);

/**
 * Words that carry no meaning in a search for a status code. Kept short on
 * purpose: "not", "too", "many" and "no" are parts of names and stay.
 */
const stopWords = new Set(
  (
    "a an the and or of to in on at for from with by as is are was were be been being it its this that " +
    "i im me my we our you your he she they them do does did doing can could should would will shall " +
    "what which when why how who where there here if then than so just also only very about into after " +
    "get gets got getting return returns returned returning send sends sent use uses used using mean means " +
    "status code codes http https response responses reply vs versus difference between " +
    "because but still even though while all any some their"
  ).split(" "),
);

/** Stems found so far: the same few thousand words come back in every text. */
const stems = new Map<string, string>();

/** A light stemmer: plurals, -ly, -ing and -ed, a final e, so "redirects", "redirecting" and "redirect" meet. */
export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) stems.set(word, (found = stemWord(word)));
  return found;
}

function stemWord(word: string): string {
  // "CORS" is no plural: stemmed, it would be "core" ("django.core.exceptions").
  if (word.length <= 3 || /\d/.test(word) || word === "cors") return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Adverbs meet their adjectives: "temporarily" and "temporary", "permanently" and "permanent".
  if (w.endsWith("ily") && w.length > 7) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ly") && w.length > 6) w = w.slice(0, -2);
  // And adjectives their nouns: "successful" and "success".
  if (w.endsWith("ful") && w.length > 6) w = w.slice(0, -3);
  // Only where a vowel is left: "spring" and "string" are words of their own, not "spr" and "str".
  if (w.endsWith("ing") && w.length > 5 && /[aeiouy]/.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4 && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -2);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The meaningful terms of a text: stemmed words without stop words or status numbers. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !stopWords.has(w) && !/^\d{3}$/.test(w) && w.length > 1)
    .map(stem);
}

/** What constants put before a code's name: HTTP_STATUS_NOT_FOUND, StatusNotFound, SC_NOT_FOUND, NGX_HTTP_…. */
const constantPrefix = /^(?:ngxhttp|httpstatus|http|status|sc)(?=[a-z0-9]{3})/;

/**
 * A constant without its prefix, squashed: `HTTP_STATUS_NOT_FOUND`, `StatusNotFound` and `:not_found` all give
 * "notfound". The index leaves out constants that are just a prefix and the name; the ranking finds them this way.
 */
export const constantCore = (name: string) => squash(name).replace(constantPrefix, "");

/** The last part of a qualified name: `DeadlineExceeded` of `codes.DeadlineExceeded` or of `DeadlineExceeded:`. */
const lastPart = (name: string) =>
  name
    .replace(/[.:]+$/, "")
    .split(/::|[.\\/]/)
    .pop() ?? "";

/** A name from code as any line writes it: `codes.DeadlineExceeded` and `DEADLINE_EXCEEDED:` give "deadlineexceeded". */
const identifierCore = (name: string) => squash(lastPart(name));

/** A name reduced to its terms, so "Client Errors" and "client error codes" are the same name. */
const nameKey = (text: string) => terms(text).join(" ");

/** Rows for `distance`, reused: it runs once per vocabulary word while a query is typed. */
let rows = [new Uint8Array(64), new Uint8Array(64), new Uint8Array(64)];

/** Edit distance with transpositions, stopping early once it exceeds `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (width > rows[0]!.length) rows = rows.map(() => new Uint8Array(width * 2));
  let [before, previous, current] = rows as [Uint8Array, Uint8Array, Uint8Array];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let least = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** How far a word may be misspelt and still match: none for short words. */
const tolerance = (word: string) => (word.length < 4 ? 0 : word.length < 7 ? 1 : 2);

/**
 * The parts of a pasted log line or error page that change from one line to
 * the next and say nothing about the code: URLs, paths, IP addresses, dates
 * and times, process and request ids, errno values in parentheses, and the
 * field names and levels of structured logs.
 */
const noise = [
  /\b(?:pid|tid|port|xid)\s*[:=]?\s*\d+/gi, // process ids and ports
  // A log line's level and logger would weigh as much as the message's own words: structured logs' "level=error"
  // and "severity":"ERROR", Python's "ERROR:django.request:" and "ERROR [app.views]", and Spring Boot's
  // "ERROR 1234 --- [nio-8080-exec-1] o.s.w.s.m.s.DefaultHandlerExceptionResolver :".
  /\b(?:level|severity|lvl)=\w+|"(?:level|severity|lvl)"\s*:\s*"\w+"/gi,
  /\b(?:CRITICAL|ERROR|WARNING|INFO|DEBUG):[\w.]+:/g,
  /\b(?:FATAL|ERROR|WARN|WARNING|INFO|DEBUG|TRACE)\s+(?:\d+\s+---\s+)?(?:\[[^\]]*\]\s*)+(?:[\w.$]+\s+:)?/g,
  // The field names of key-value logs: nginx's "client: …, server: …, request: …", Heroku's "at=… desc=…", JSON's
  // "msg": …. Their values stay (ids among them go below); the names are in every line and would match any message
  // made of ordinary words.
  /\b(?:client|server|request|upstream|host|referrer): /g,
  /\b[a-z_]+=(?=\S)/g,
  /"[\w.@-]+"\s*:/g,
  /\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, // URLs
  // Stack frames, whose line numbers are no status codes: Java's "at org.example.Client.fetch(Client.java:404)",
  // Python's 'File "/app/views.py", line 404' (and JavaScript's, below).
  /\bat [\w$.<>/]+\((?:[\w$.]+(?::\d+)?|Native Method|Unknown Source)\)/g,
  /\bFile "[^"]*", line \d+/g,
  /(?:^|[\s"'(=[])(?:\/[\w.~%@+-]*){2,}/g, // paths with two or more segments
  /\b[a-z]:\\[^\s'"]*/gi, // and Windows paths: "C:\inetpub\wwwroot\web.config"
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, // IPv4 addresses, with a port
  /\b\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, // dates
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b/g, // times
  /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi, // UUIDs
  /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, // hexadecimal ids
  /\b\d+#\d+:?|\*\d+/g, // nginx process and connection numbers
  /\((?:errno\s*)?\d+:/gi, // errno values: "(111: Connection refused)"
  /\(\d+\)(?=[A-Z])/g, // and Apache's: "(103)Software caused connection abort"
  /:\d+:\d+\b/g, // the line and column of a JavaScript stack frame: "(/app/server.js:404:12)"
];

/** The query with its changing parts removed. */
export const clean = (query: string) => noise.reduce((text, pattern) => text.replace(pattern, " "), query);

/**
 * What people write for what the pages call it: plain-language phrases rewritten to the word the pages use
 * ("the backend takes too long" is a timeout, "not logged in" is unauthenticated). Only the query's words are
 * rewritten; a pasted message is still matched by its own words ("upstream timed out").
 */
const sayings: [RegExp, string][] = [
  // Before the timeout: a client that gives up has gone away; anything else that gives up timed out.
  [
    /\b(?:client|user|browser|visitor)s? (?:gives?|gave|giving) up\b|\bclosed the (?:tab|browser|page|window|connection)\b|\bnavigated away\b|\bleft the page\b|\bhung up\b|\bhangs up\b|\bcancel+ed the request\b/gi,
    "disconnected",
  ],
  [
    /\b(?:takes?|taking|took) (?:too|so|very) long\b|\b(?:takes?|taking|took|runs?|running) (?:over|more than|longer than) \d+ ?(?:s|secs?|seconds?|minutes?|mins?)\b|\b(?:loads?|loading|spins?|spinning|waits?|waiting|pending) forever\b|\bkeeps? (?:loading|spinning)\b|\btoo slow\b|\b(?:gives?|gave|giving) up\b|\btim(?:es|ed|ing) out\b|\bnever (?:responds|answers|finishes|completes)\b|\b(?:hangs|hanging)\b(?! up\b)|\b(?:stalls|stalled|stuck)\b/gi,
    "timeout",
  ],
  [/\bnot (?:logged|signed) in\b|\blogged out\b|\bwithout (?:logging|signing) in\b/gi, "unauthenticated"],
  // Known but not allowed is a matter of permission: "authenticated but unauthorized", "authenticated but not allowed".
  [
    /\bauthenticated(?: user)?,? but (?:not authorized|unauthorized|not allowed|not permitted|no access|without access)\b/gi,
    "forbidden permission",
  ],
  // Someone who says they are logged in is known; what is left to refuse is permission (403's case, not 401's).
  [/\b(?:logged|signed) in\b/gi, "permission"],
  [
    /\b(?:must|need to|needs to|have to|has to) (?:log|sign) ?in\b|\b(?:log|sign) ?in (?:is )?required\b/gi,
    "login required",
  ],
  [
    /\b(?:user|client|account|caller|role)s? (?:is |are )?not (?:allowed|permitted)\b|\bno permission\b|\bnot (?:permitted|allowed) to (?:access|open|see|view|read|edit)\b/gi,
    "forbidden permission",
  ],
  [
    /\b(?:login|password|credentials?|sign-?in) (?:popup|pop-up|prompt|dialog|box|window)\b|\basks? (?:me |us |users? )?(?:for|to enter) (?:my |our |a |the |their )?(?:user ?name|password|credentials|login)\b/gi,
    "credentials dialog",
  ],
  [
    /\b(?:site|server|service|api|website|backend) is down\b|\b(?:is|went) offline\b|\b(?:outages?|downtime)\b/gi,
    "unavailable",
  ],
  // A size in the query is about something too large: "uploading a 20 MB file fails".
  [/\b\d+(?:\.\d+)?\s*(?:[kmg]b|[kmg]ib|(?:kilo|mega|giga)bytes?)\b/gi, "large"],
  [
    /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?: (?:method|request|verb)s?)? (?:is |are )?not (?:supported|allowed)\b/gi,
    "$1 method not allowed",
  ],
  [/\b(header|field)s? (?:is |are )?missing\b/gi, "$1 required"],
  // A format the client asks for and the server cannot give is content negotiation failing: "the api only returns JSON".
  [
    /\bonly (?:returns|serves|produces|sends|responds with) (?:json|xml|html|csv|pdf|yaml|text|plain text)\b/gi,
    "not acceptable",
  ],
  // A form sent twice is what a redirect after POST prevents: "asks to resend form data", "form resubmits on back".
  [
    /\b(?:resend|resending|resent|resubmit\w*|re-submit\w*|submit(?:ted)? twice|double submit\w*|submits? again)\b/gi,
    "duplicate form submission",
  ],
  // A redirect that browsers keep following after it was removed is a cached permanent one.
  [/\b(?:still|keeps?) (?:going|redirecting|sending (?:me|us|users)) to the old\b/gi, "redirect will not go away"],
  [/\bno longer exists?\b/gi, "gone"],
  [/\b(?:forever|for good)\b/gi, "permanently"],
  [
    /\b(?:does|do|did) not (?:support|implement) (?:this|that|the|a) (?:feature|functionality|function)\b/gi,
    "not implemented",
  ],
  [/\balready (?:taken|in use|registered|used)\b/gi, "already exists"],
  [/\b(?:does|do|did) not exist\b/gi, "not found"],
];
/** The query in the pages' words: contractions undone, then every saying rewritten. */
export const plain = (text: string) =>
  sayings.reduce((out, [pattern, word]) => out.replace(pattern, ` ${word} `), uncontract(text));

/** Words that mean the same on these pages: a query word also matches the others, trusted a little less. */
const sameWords = new Map<string, string[]>();
for (const group of [
  ["backend", "upstream", "origin"],
  ["popup", "dialog", "prompt"],
  ["refresh", "reload"],
  ["big", "large", "huge"],
  ["cancel", "abort"],
  ["firewall", "waf"],
  ["mime", "media"],
  ["throttled", "throttling", "ratelimited"],
]) {
  const stems = [...new Set(group.map(stem))];
  for (const word of stems)
    sameWords.set(
      word,
      stems.filter((other) => other !== word),
    );
}

/**
 * Three-digit numbers that stand alone: `404`, `404.13`, `HTTP_422_…`, npm's error codes (`E404`, made as
 * `E${res.status}` in npm-registry-fetch's lib/errors.js), not `1404`, `4.04`, `x404` or `100 seconds`.
 */
const numberPattern =
  /(?<![a-z0-9.])E?([1-5]\d\d)(?![0-9a-rt-wyz])(?!\s*(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|bytes?|[kmg]i?b|characters?|chars|%|percent)\b)/gi;

/** The codes a text names, in order. */
const codesIn = (text: string) => [...text.matchAll(numberPattern)].map((m) => Number(m[1]));

/** The first digits of classes a query names: `4xx`, `400-499`, `between 400 and 499`, `400 range`. */
function classDigits(text: string): number[] {
  const found = [
    ...[...text.matchAll(/\b([1-5])xx\b/gi)].map((m) => m[1]),
    // "Between 400 and 404" compares two codes; only the class's last number makes "and" a range.
    ...[...text.matchAll(/\b([1-5])00\s*(?:-|–|to|and(?=\s*\d99))\s*\1\d\d\b/g)].map((m) => m[1]),
    ...[...text.matchAll(/\b([1-5])(?:00|xx)s?\s+(?:range|series|class|family|level)\b/gi)].map((m) => m[1]),
    ...[...text.matchAll(/\b([1-5])00s\b|(?<![\w*])([1-5])\*\*(?!\*)/g)].map((m) => m[1] ?? m[2]),
    ...[...text.matchAll(/\b(?:start|begin)(?:s|ing)?\s+with\s+(?:an?\s+)?([1-5])\b/gi)].map((m) => m[1]),
  ];
  return [...new Set(found.map(Number))];
}

/* ---------- Building the index ---------- */

/**
 * How much a word counts where it appears: names above leads above summaries. A word inside a quoted message
 * counts least: a message is matched whole (see rank), and a page with fifty messages holds many ordinary
 * words ("missing", "login", "proxy") that say little about what the page is for.
 */
const FIELD = { title: 1, name: 0.9, software: 0.5, lead: 0.45, summary: 0.4, message: 0.1 };

export interface Message {
  doc: number;
  software: string;
  text: string;
  terms: string[];
  /** The message's weight: the sum of its terms' idf. */
  mass: number;
  /** How many pages print this same text; a shared text says less about any one of them. */
  shared: number;
  /**
   * The codes a message names ("408 Request Time-out", "Error 525: SSL handshake failed"): a line that shows the
   * message shows one of them too.
   */
  codes?: number[];
  /**
   * For a message that is a name in code (`AccessDenied`, `EXPIRED_TOKEN`, `codes.DeadlineExceeded`), its last part
   * squashed ("deadlineexceeded"): rare enough to match alone, and written alike in any case (`DEADLINE_EXCEEDED`).
   * Such a message is matched as that name only: "token expired" in a sentence is not `EXPIRED_TOKEN`.
   */
  identifier?: string;
}

/** Whether a message says no more than its page's name: "Not found.", `BadGateway`, "HTTP Error 403 - Forbidden". */
function restates(text: string, title: string): boolean {
  const words = new Set([...terms(title), "http", "error"]);
  return identifierCore(text) === squash(title) || terms(clean(text)).every((t) => words.has(t));
}

/**
 * Whether a message only restates its page's status line, however framed ("400 Bad Request", "Bad Request (400)",
 * "HTTP Error 403 - Forbidden"): it says no more than the number, so it is no message to match.
 */
function statusLine(text: string, code: number | undefined, title: string): boolean {
  const named = codesIn(text);
  return named.length > 0 && named.every((n) => n === code) && restates(text, title);
}

/** Whether a message is a name in code joined from words (`DeadlineExceeded`, `EXPIRED_TOKEN`), not `codes.Unavailable`. */
const isIdentifier = (text: string) =>
  /^\S+$/.test(text) && /[a-z][A-Z]|[A-Za-z]_[A-Za-z]/.test(lastPart(text)) && identifierCore(text).length >= 8;

/**
 * What the index keeps of a page's message (src/model/api.ts), only what the ranking reads: nothing of the page's
 * own status line; of a name in code, its last part, which is what is matched; of a long message, its first 20
 * words, which a pasted line holds as well as the rest.
 */
export function indexedMessage(text: string, code: number, title: string): string | undefined {
  if (statusLine(text, code, title)) return undefined;
  if (isIdentifier(text)) return lastPart(text);
  const words = text.split(/\s+/);
  return words.length > 20 ? `${words.slice(0, 20).join(" ")} …` : text;
}

/** The lookup structures `rank` works on. */
export interface Index {
  docs: Doc[];
  /** Per term, the best weight it has in each page. */
  postings: Map<string, Map<number, number>>;
  /** Per two terms in a row ("redirect loop", "behind proxy"), the best weight they have together in each page. */
  pairs: Map<string, Map<number, number>>;
  /** Exact names (squashed, and reduced to their terms) to the pages they name and how strongly. */
  names: Map<string, Map<number, number>>;
  idf: Map<string, number>;
  messages: Message[];
  /** Per term, the messages that contain it. */
  messagePostings: Map<string, number[]>;
  /** Per identifier (see Message), the messages that are it. */
  identifiers: Map<string, number[]>;
  /** Every term, sorted, for prefixes and corrections. */
  vocabulary: string[];
  /** Corrections found so far: typing a query asks for the same word again at every keystroke. */
  corrected: Map<string, string[]>;
}

/** Builds the lookup structures once per index. */
export function prepare(data: IndexData): Index {
  const steps = indexing(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the lookup structures a page at a time, pausing after each, so a page
 * can spread the work over short tasks and stay responsive while it loads.
 */
export function* indexing(data: IndexData): Generator<void, Index> {
  const docs: Doc[] = [
    ...data.c.map((c) => ({
      kind: "code" as const,
      path: `codes/${c.n}/`,
      label: String(c.n),
      title: c.t,
      summary: c.s,
      unofficial: c.u === 1,
      code: c.n,
      codes: [c.n],
    })),
    ...data.k.map((k) => ({
      kind: "class" as const,
      path: `codes/${k.d}xx/`,
      label: `${k.d}xx`,
      title: k.t,
      summary: k.s,
      unofficial: false,
      digit: k.d,
      codes: [],
    })),
    ...data.v.map((v) => ({
      kind: "compare" as const,
      path: `compare/${v.p}/`,
      label: "Compare",
      title: v.t,
      summary: v.s,
      unofficial: false,
      codes: v.n,
    })),
    ...data.g.map((g) => ({
      kind: "page" as const,
      path: g.p,
      label: g.b,
      title: g.t,
      summary: g.s,
      unofficial: false,
      codes: [],
    })),
  ];
  const postings = new Map<string, Map<number, number>>();
  const pairs = new Map<string, Map<number, number>>();
  const names = new Map<string, Map<number, number>>();
  const messages: Message[] = [];
  const messageTerms: string[][] = [];

  const post = (term: string, doc: number, weight: number, into = postings) => {
    const entry = into.get(term) ?? new Map<number, number>();
    entry.set(doc, Math.max(entry.get(doc) ?? 0, weight));
    into.set(term, entry);
  };
  const addText = (text: string, doc: number, weight: number) => {
    const found = terms(text);
    for (const t of found) post(t, doc, weight);
    // Quoted messages are matched whole (see rank); in what describes a page, words in a row count as a phrase.
    if (weight > FIELD.message)
      for (let i = 1; i < found.length; i++) post(`${found[i - 1]} ${found[i]}`, doc, weight, pairs);
    // Parts of joined-up names count a little less than whole words.
    for (const t of parts(text).filter((w) => !stopWords.has(w) && !/^\d{3}$/.test(w) && w.length > 1)) {
      post(stem(t), doc, weight * 0.7);
    }
    return found;
  };
  /** Message texts as names, apart: a text that several pages print is weighed down below. */
  const messageNames = new Map<string, Map<number, number>>();
  const addName = (text: string, found: string[], doc: number, weight: number, into = names) => {
    // "Redirects: 301 vs 302 …" is not a name for "redirects": only names without numbers are reduced to their terms.
    // A name that its stop words reduce to one word ("Retry With", "Retry-After" → "retry") is no name for that word.
    const reduced = found.length > 1 || words(text).length === 1 ? [found.join(" ")] : [];
    const keys = /\d{3}/.test(text) ? [squash(text)] : [squash(text), ...reduced];
    for (const key of new Set(keys)) {
      if (key.length < 2) continue;
      const entry = into.get(key) ?? new Map<number, number>();
      entry.set(doc, Math.max(entry.get(doc) ?? 0, weight));
      into.set(key, entry);
    }
  };

  const sources: { t: string; s: string; a?: string[]; m?: string[][]; l?: string[] }[] = [
    ...data.c,
    ...data.k,
    ...data.v,
    ...data.g,
  ];
  for (const [doc, source] of sources.entries()) {
    addName(source.t, addText(source.t, doc, FIELD.title), doc, 900);
    addText(source.s, doc, FIELD.summary);
    for (const name of source.a ?? []) addName(name, addText(name, doc, FIELD.name), doc, 800);
    for (const lead of source.l ?? []) addText(lead, doc, FIELD.lead);
    for (const [software, ...texts] of source.m ?? []) {
      addText(software!, doc, FIELD.software);
      for (const text of texts) {
        if (statusLine(text, docs[doc]!.code, source.t)) continue;
        const named = codesIn(text);
        // A message's words are read as a pasted line's are, without the parts `clean` takes out of a query.
        const found = addText(clean(text), doc, FIELD.message);
        addName(text, found, doc, 800, messageNames);
        messageTerms.push([...new Set(found)]);
        // "408 Request Time-out" is a status line: its phrase alone is a name of the page.
        const status = /^\s*([1-5]\d\d)\s+(.+)$/.exec(text);
        if (status) addName(status[2]!, found, doc, 800, messageNames);
        const identifier = isIdentifier(text) ? identifierCore(text) : undefined;
        messages.push({
          doc,
          software: software!,
          text,
          terms: [],
          mass: 0,
          shared: 1,
          ...(named.length > 0 ? { codes: named } : {}),
          ...(identifier ? { identifier } : {}),
        });
      }
    }
    yield;
  }

  for (const [key, entry] of messageNames) {
    const target = names.get(key) ?? new Map<number, number>();
    for (const [doc, weight] of entry) target.set(doc, Math.max(target.get(doc) ?? 0, weight / entry.size));
    names.set(key, target);
  }
  yield; // the phases below each take as long as several pages

  const idf = new Map<string, number>();
  for (const [term, entry] of postings) idf.set(term, Math.log(1 + docs.length / entry.size));
  const messagePostings = new Map<string, number[]>();
  const identifiers = new Map<string, number[]>();
  const sharedCount = new Map<string, Set<number>>();
  messages.forEach((message, i) => {
    message.terms = messageTerms[i]!.filter((t) => idf.has(t));
    message.mass = message.terms.reduce((sum, t) => sum + idf.get(t)!, 0);
    const key = message.terms.join(" ");
    sharedCount.set(key, (sharedCount.get(key) ?? new Set()).add(message.doc));
    for (const t of message.terms) {
      const list = messagePostings.get(t);
      if (list) list.push(i);
      else messagePostings.set(t, [i]);
    }
    if (message.identifier) identifiers.set(message.identifier, [...(identifiers.get(message.identifier) ?? []), i]);
  });
  messages.forEach((message) => (message.shared = sharedCount.get(message.terms.join(" "))!.size));
  yield;

  const vocabulary = [...postings.keys()].sort();
  return {
    docs,
    postings,
    pairs,
    names,
    idf,
    messages,
    messagePostings,
    identifiers,
    vocabulary,
    corrected: new Map(),
  };
}

/* ---------- Ranking ---------- */

/** The closest words of the vocabulary to a query word that is not in it. */
function corrections(word: string, index: Index): string[] {
  const known = index.corrected.get(word);
  if (known) return known;
  const max = tolerance(word);
  if (max === 0) return [];
  let best = max + 1;
  let found: string[] = [];
  for (const candidate of index.vocabulary) {
    const d = distance(word, candidate, max);
    if (d > max) continue;
    if (d < best) [best, found] = [d, [candidate]];
    else if (d === best) found.push(candidate);
  }
  index.corrected.set(word, found);
  return found;
}

/** Vocabulary words that start with `prefix` (binary search in the sorted list), at most `limit`. */
function completions(prefix: string, index: Index, limit = 30): string[] {
  const { vocabulary } = index;
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (vocabulary[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < vocabulary.length && found.length < limit && vocabulary[i]!.startsWith(prefix); i++) {
    if (vocabulary[i] !== prefix) found.push(vocabulary[i]!);
  }
  return found;
}

/** The codes most people look up: when a query fits several codes equally well, these win. */
const common = new Set([200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504]);

/** A query term with the index words it may stand for, each with how much it is trusted. */
interface Term {
  word: string;
  options: [string, number][];
  idf: number;
}

function queryTerms(text: string, index: Index, typing: boolean, split = true): Term[] {
  const base = terms(text);
  // Joined-up names in the query (`PostTooLargeException`) also count by their parts, after the whole words.
  const joined = split
    ? parts(text)
        .filter((w) => !stopWords.has(w) && !/^\d{3}$/.test(w) && w.length > 1)
        .map(stem)
        .filter((w) => !base.includes(w))
    : [];
  const unique = [...new Set([...base, ...joined])];
  // A long pasted line has many words the site does not know; guessing at them would only add noise.
  const correct = unique.length <= 8;
  return unique.map((word, i) => {
    const options: [string, number][] = [];
    if (index.idf.has(word)) options.push([word, 1]);
    else if (correct) for (const c of corrections(word, index)) options.push([c, 0.8]);
    for (const same of sameWords.get(word) ?? []) if (index.idf.has(same)) options.push([same, 0.9]);
    const isLast = i === base.length - 1 && typing;
    if (isLast && word.length >= 2) for (const c of completions(word, index)) options.push([c, 0.6]);
    const idf = Math.max(0, ...options.map(([w]) => index.idf.get(w) ?? 0));
    return { word, options, idf: joined.includes(word) ? idf * 0.5 : idf };
  });
}

/** Whether a word appears in what describes some page, not only inside its quoted messages. */
const describes = (word: string, index: Index) =>
  [...(index.postings.get(word)?.values() ?? [])].some((weight) => weight > FIELD.message);

/** The code a few words name exactly ("forbidden", "Too Many Requests"), if one does. */
function namedCode(text: string, index: Index): number | undefined {
  let best: [number, number] | undefined;
  for (const key of [squash(text), nameKey(text), constantCore(text)]) {
    for (const [doc, weight] of index.names.get(key) ?? []) {
      const code = index.docs[doc]!.code;
      if (code !== undefined && weight >= 800 && (!best || weight > best[1])) best = [code, weight];
    }
  }
  return best?.[0];
}

/** Words that ask for a list of something ("client error codes list", "types of redirects"), not what it is. */
const listing = /\b(?:list(?:s|ing)?|types?|kinds?|table|overview|categor(?:y|ies)|class(?:es)?|groups?|meanings?)\b/gi;

/**
 * The codes a comparison names by their names: "unauthorized vs forbidden", "difference between bad gateway and
 * gateway timeout". A side that names no code may share the other's last word: "permanent vs temporary redirect".
 */
function comparedCodes(text: string, index: Index): number[] {
  // "And" joins two names only in a question about their difference.
  const and = /\b(?:difference|differences|compare|comparing|comparison)\b/i.test(text) ? "|and" : "";
  const joiner = new RegExp(`\\s+(?:vs\\.?|versus|or|instead of|rather than${and})\\s+`, "i");
  const sides = text.replace(/^.*\b(?:between|compare|comparing)\s+/i, "").split(joiner);
  if (sides.length < 2) return [];
  const last = (side: string) => side.trim().split(/\s+/).pop() ?? "";
  return sides.flatMap((side, i) => {
    const code = namedCode(side, index);
    if (code !== undefined) return [code];
    const other = sides[i === 0 ? 1 : i - 1]!;
    return namedCode(`${side} ${last(other)}`, index) ?? [];
  });
}

/** The records that match a query, best first. */
export function rank(input: string, index: Index): Ranked[] {
  const raw = input.slice(0, 500);
  if (!raw.trim()) return [];
  const text = clean(raw);
  const typing = !/\s$/.test(raw);
  const { docs } = index;
  const scores = new Float64Array(docs.length);
  /** Per page, the weightiest of its messages that the query holds whole. */
  const shown = new Map<number, Message>();

  // Numbers and classes the query names; "unauthorized vs forbidden" names codes too.
  const found = codesIn(text);
  const numbers = [...new Set([...found, ...comparedCodes(text, index)])];
  const digits = classDigits(text);
  // The first code named is what the query is about ("got 307 instead of 200"), whatever the others are.
  const namedWeight = (code: number) => {
    const at = numbers.indexOf(code);
    return at >= 0 ? 1000 - 5 * at : 0;
  };
  docs.forEach((doc, i) => {
    if (doc.code !== undefined) scores[i]! += namedWeight(doc.code);
    if (doc.kind === "compare") {
      const shared = doc.codes.filter((c) => numbers.includes(c)).length;
      if (shared >= 2) scores[i]! += 1000 * shared + 300 - doc.codes.length;
    }
    if (doc.digit !== undefined && digits.includes(doc.digit)) scores[i]! += 3000;
  });

  // "413 instead of 400 Bad Request" names 400 once: a reason phrase after its number is part of that mention, and
  // as a name or as words it would count for the code again.
  const mentioned = docs.reduce(
    (rest, doc) =>
      doc.code !== undefined && found.includes(doc.code)
        ? rest.replace(new RegExp(`\\b${doc.code}\\s+${doc.title.replace(/\W+/g, "\\W+")}\\b`, "gi"), `${doc.code}`)
        : rest,
    text,
  );
  // Exact names: the whole query, the last part of a qualified name, the query without "header" ("Retry-After
  // header" names a field, which pages list among their names), without list words, and without "http" or "status".
  const qualified = mentioned.split(/::|[.\\$#/]/).pop() ?? "";
  const field = mentioned.replace(/\s+(?:header|field)s?\b/gi, " ");
  // Words that only say the query is about HTTP ("interim responses http", "list of http status codes", "status
  // success") hide a name.
  const noHttp = mentioned.replace(/\bhttps?\b/gi, " ");
  const bare = noHttp.replace(/\b(?:status(?:es)?|codes?)\b/gi, " ");
  const unlisted = noHttp.replace(listing, " ");
  const variants = [mentioned, qualified, field, unlisted, noHttp, bare];
  // A name in a query that also names a code ("200 but empty body") comes after that code.
  const afterNumber = found.length > 0 ? 250 : 0;
  const exact = new Map<number, number>();
  const name = (key: string, less: number) => {
    for (const [doc, weight] of index.names.get(key) ?? []) {
      exact.set(doc, Math.max(exact.get(doc) ?? 0, weight - less));
    }
  };
  for (const variant of variants) {
    name(squash(variant), 0);
    name(constantCore(variant), 0);
    name(nameKey(variant), afterNumber);
    // Misspelt words stand for their corrections, and words the site never uses ("fooxyz not found") or uses only
    // inside quoted messages ("server-side errors") do not stand in the way of a name, which then counts a little less.
    const guessed = queryTerms(variant, index, false, false)
      .map((t) => t.options[0]?.[0])
      .filter((w) => w !== undefined && describes(w, index));
    if (guessed.length >= 2) name(guessed.join(" "), afterNumber + 150);
  }
  for (const [doc, weight] of exact) scores[doc]! += weight;
  // A name of three words or more inside a longer query ("the site shows a blank page saying web server is down")
  // counts too, less than the name alone and more the longer it is, unless the query names a code or a quoted message
  // says better what it is. Two-word names ("not found", "bad request") turn up in too much prose to count.
  /** The query's words as typed, before `plain` rewrites any of them. */
  const sequence = terms(text);
  const inside = new Map<number, number>();
  for (let from = 0; from < sequence.length; from++) {
    for (let to = from + 3; to <= Math.min(sequence.length, from + 6); to++) {
      if (to - from === sequence.length) continue;
      for (const [doc, weight] of index.names.get(sequence.slice(from, to).join(" ")) ?? []) {
        if (weight >= 800) inside.set(doc, Math.max(inside.get(doc) ?? 0, INSIDE * weight * (to - from)));
      }
    }
  }
  // A class named by its name comes first, as one named by its digits does; "error codes" alone ("http error codes
  // list", "which status codes are errors") name both classes of errors.
  const errors = numbers.length === 0 && nameKey(bare.replace(listing, " ")) === "error";
  docs.forEach((doc, i) => {
    if (doc.digit === undefined || digits.includes(doc.digit)) return;
    if ((exact.get(i) ?? 0) >= 700 || (errors && doc.digit >= 4)) {
      digits.push(doc.digit);
      scores[i]! += 3000;
    }
  });

  const said = plain(mentioned);
  const query = queryTerms(said, index, typing);
  const known = query.filter((t) => t.idf > 0);

  // Words, weighted by how rare they are on the site and where on a page they appear.
  const mass = known.reduce((sum, t) => sum + t.idf, 0);
  if (mass > 0) {
    const relevance = new Float64Array(docs.length);
    const matched = new Float64Array(docs.length);
    /** The part of `matched` found outside the page's quoted messages. */
    const described = new Float64Array(docs.length);
    for (const term of known) {
      const best = new Map<number, number>();
      const outsideMessages = new Set<number>();
      for (const [word, trust] of term.options) {
        const idf = index.idf.get(word) ?? 0;
        for (const [doc, weight] of index.postings.get(word) ?? []) {
          best.set(doc, Math.max(best.get(doc) ?? 0, idf * weight * trust));
          if (weight > FIELD.message) outsideMessages.add(doc);
        }
      }
      for (const [doc, value] of best) {
        relevance[doc]! += value;
        // A word a page has only inside a quoted message says little about the page: it counts a quarter.
        matched[doc]! += outsideMessages.has(doc) ? term.idf : term.idf / 4;
        if (outsideMessages.has(doc)) described[doc]! += term.idf;
      }
    }
    // Two query words in a row that a page has in a row ("a redirect loop", "behind a proxy") are a phrase it uses;
    // in a query that names codes, the order it names them in decides.
    const phrase = numbers.length === 0 ? terms(said) : [];
    for (let j = 1; j < phrase.length; j++) {
      const weight = (index.idf.get(phrase[j - 1]!) ?? 0) + (index.idf.get(phrase[j]!) ?? 0);
      for (const [doc, field] of index.pairs.get(`${phrase[j - 1]} ${phrase[j]}`) ?? []) {
        scores[doc]! += (PHRASE * field * weight) / mass;
      }
    }
    docs.forEach((_, i) => {
      if (relevance[i] === 0) return;
      const coverage = matched[i]! / mass;
      // Every word matching counts for much more than some words matching strongly; but a page with many messages
      // holds many ordinary words in them, so only words in what describes the page itself earn that.
      scores[i]! += 200 * (relevance[i]! / mass) * coverage + (described[i]! / mass > 0.99 ? 60 : 0);
    });

    // Messages: a pasted line that contains all of a message's words names its page.
    const covered = new Map<number, number>();
    // A message is matched by the words as typed, before `plain` rewrote any of them.
    const present = new Set([
      ...known.flatMap((t) => t.options.filter(([, trust]) => trust === 1).map(([w]) => w)),
      ...sequence.filter((w) => index.idf.has(w)),
    ]);
    for (const word of present) {
      for (const m of index.messagePostings.get(word) ?? [])
        if (!index.messages[m]!.identifier) covered.set(m, (covered.get(m) ?? 0) + index.idf.get(word)!);
    }
    for (const token of text.split(/[^\w.:\\/$]+/)) {
      for (const m of index.identifiers.get(identifierCore(token)) ?? []) covered.set(m, index.messages[m]!.mass);
    }
    const typed = new Set(sequence);
    // A name in code, matched as such, goes first, and a text as the query writes it (`AccessDenied` is Amazon S3's,
    // `ACCESS_DENIED` API Gateway's).
    const weight = (m: Message) => (m.identifier ? 1000 : 0) + (raw.includes(m.text) ? 500 : 0) + m.mass;
    const byDoc = new Map<number, number>();
    const explained = new Set<number>();
    for (const [m, sum] of covered) {
      const message = index.messages[m]!;
      const share = sum / message.mass;
      // A pasted line holds all of a message's words (its fixed parts are quoted without placeholders); a long message may miss one.
      if ((message.terms.length < 2 && !message.identifier) || share < (message.terms.length >= 5 ? 0.8 : 0.99))
        continue;
      if (message.codes && !message.codes.some((c) => found.includes(c))) continue;
      const value = (share ** 2 * Math.min(message.mass, 30) * 15) / message.shared;
      byDoc.set(message.doc, Math.max(byDoc.get(message.doc) ?? 0, value));
      // A message is shown only if the query holds it whole, as typed (a long one missing a word may be another
      // program's, and "not supported" is not FastAPI's "Method Not Allowed"), and if it says more than the page's
      // name: "not found" finds 404 by its name, not by Django REST framework's "Not found.".
      const whole =
        (message.identifier !== undefined || message.terms.every((t) => typed.has(t))) &&
        !restates(message.text, docs[message.doc]!.title);
      const before = shown.get(message.doc);
      if (whole && (!before || weight(message) > weight(before))) shown.set(message.doc, message);
      // A number inside another page's message is part of that message, not the code the line is about: nginx's
      // "400 The plain HTTP request was sent to HTTPS port" is explained on 497.
      for (const code of message.codes ?? []) if (code !== docs[message.doc]!.code) explained.add(code);
    }
    for (const [doc, value] of byDoc) scores[doc]! += value;
    docs.forEach((doc, i) => {
      if (doc.code !== undefined && explained.has(doc.code)) scores[i]! -= namedWeight(doc.code);
    });
    // A pasted line that holds a message is that message's, whatever generic name ("request timeout") it contains.
    if (byDoc.size === 0 && numbers.length === 0)
      for (const [doc, value] of inside) if (!exact.has(doc)) scores[doc]! += value;
  }

  // A class named by its digits or its name lists its codes after it, in order, registered ones first.
  const classes = new Set(digits);
  const listed = (doc: Doc) => doc.code !== undefined && classes.has(Math.floor(doc.code / 100));
  docs.forEach((doc, i) => {
    if (listed(doc)) scores[i] = Math.max(scores[i]!, 2000) - (doc.code! % 100) - (doc.unofficial ? 100 : 0);
  });

  const ranked: Ranked[] = [];
  docs.forEach((doc, i) => {
    if (scores[i]! <= 0) return;
    const prior =
      doc.code !== undefined && !listed(doc) ? (common.has(doc.code) ? 3 : 0) - (doc.unofficial ? 2 : 0) : 0;
    const message = shown.get(i);
    ranked.push({ doc, score: scores[i]! + prior, ...(message && { message }) });
  });
  return ranked.sort((a, b) => b.score - a.score || (a.doc.code ?? 1000) - (b.doc.code ?? 1000));
}

/**
 * The words worth a full-text search: the query's words without stop words or
 * noise, the rarest on the site first, at most `max` (each word costs the
 * full-text engine one index chunk). None for a long pasted line, which the
 * messages answer better than any word in it.
 */
export function fullTextWords(query: string, index: Index, max = 3): string[] {
  const found = [...new Set(words(clean(query)).filter((w) => !stopWords.has(w) && w.length > 1))];
  if (found.length > 6) return [];
  const rarity = (w: string) => index.idf.get(stem(w)) ?? Infinity;
  return found
    .map((w, i) => ({ w, i, r: rarity(w) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ w }) => w);
}
