/**
 * Plain text for terminals: /codes/NNN.txt and /codes.txt. Every host serves
 * .txt with its default text/plain, often without a charset, so the output is
 * plain ASCII, wrapped at 80 columns. Pure functions, tested on their own.
 */

/** Characters the content uses, written the ASCII way. */
const asciiFor: Record<string, string> = {
  "\u2014": "-", // em dash
  "\u2013": "-", // en dash
  "\u2011": "-", // non-breaking hyphen
  "\u2018": "'",
  "\u2019": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u2026": "...",
  "\u00A0": " ",
  "\u202F": " ",
  "\u00A7": "Section ",
  "\u00D7": "x",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2248": "~",
  "\u00B7": "-",
  "\u2022": "*",
  "\u203A": ">",
};

/**
 * The text in printable ASCII. Accented letters lose their accents; any other
 * character outside ASCII is an error, so a new one is noticed at build time.
 */
export function toAscii(text: string): string {
  const out = text
    .replace(/[^\x00-\x7F]/g, (c) => asciiFor[c] ?? c)
    .replace(/Section\s+(?=\d)/g, "Section ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  const bad = /[^\x20-\x7E\n]/.exec(out);
  if (bad) {
    const c = bad[0];
    throw new Error(`no plain-ASCII spelling for "${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`);
  }
  return out;
}

/** Markdown inline syntax as a reader of plain text expects it: links become their text, emphasis goes. */
export function plainInline(markdown: string): string {
  // Code spans first, kept aside, so `*/*` inside one is not read as emphasis.
  const spans: string[] = [];
  return markdown
    .replace(/`([^`]+)`/g, (_, code: string) => `\u0000${spans.push(code) - 1}\u0000`)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, "$1$2")
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => spans[Number(i)]!)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Lines of at most `width` columns, in ASCII. `first` starts the first line and
 * `indent` every line after it; a word longer than a line (a URL) gets a line of its own.
 */
export function wrap(text: string, { width = 80, first = "", indent = "" } = {}): string[] {
  const lines: string[] = [];
  let line = first;
  text = toAscii(text);
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? "" : " ") + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** The Markdown of each `##` section of an MDX body, keyed by heading. */
export function sectionsOf(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  let name: string | undefined;
  let lines: string[] = [];
  let fenced = false;
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      if (name) sections.set(name, lines.join("\n"));
      name = heading[1]!;
      lines = [];
    } else if (name) {
      lines.push(line);
    }
  }
  if (name) sections.set(name, lines.join("\n"));
  return sections;
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviation = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bapprox|\bno|\bSect?)\.$/i;

/** The sentences of a plain-text paragraph. */
export function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/[.!?]["')]?(?=\s+["'(]?[A-Z0-9])/g)) {
    const end = match.index + match[0].length;
    if (abbreviation.test(paragraph.slice(start, match.index + 1))) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * The opening of a section in plain text: its first paragraph's first
 * sentence, and the next one too when the first is a short lead-in
 * ("Stop and wait."). Lists, tables and code fences are skipped.
 */
export function leadOf(section: string | undefined, { atLeast = 60 } = {}): string | undefined {
  if (!section) return undefined;
  const paragraph = section
    .replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, "")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block && !/^([-*+]\s|\d+\.\s|\||<|>)/.test(block));
  if (!paragraph) return undefined;
  const [first, second] = sentencesOf(plainInline(paragraph));
  if (!first) return undefined;
  return first.length < atLeast && second ? `${first} ${second}` : first;
}

/** A labelled value: "Label:  value", continued lines indented under the value. */
export function field(label: string, value: string, column = 14): string[] {
  const head = `${label}:`.padEnd(column);
  return wrap(value, { first: head, indent: " ".repeat(column) });
}

/** What the plain-text page of one code is made from. */
export interface CodeText {
  code: number;
  title: string;
  summary: string;
  /** "4xx Client Error". */
  className: string;
  /** The registry status, as a sentence or two. */
  status: string;
  spec?: { title: string; url: string } | undefined;
  /** Dates of a temporary registration, as one line. */
  registration?: string | undefined;
  formerNames: { name: string; source: string }[];
  vendors: { name: string; phrase: string; meaning: string }[];
  headers: { name: string; role: string }[];
  /** The derived facts, label and source title each. */
  facts: { name: string; label: string; source: string }[];
  /** The MDX body, for the opening lines of its sections. */
  body: string;
  page: string;
  data: string;
  license: string;
}

/** A heading and an indented paragraph, or nothing when there is no text. */
const block = (heading: string, text: string | undefined): string[] =>
  text ? ["", heading.toUpperCase(), ...wrap(text, { first: "  ", indent: "  " })] : [];

/**
 * /codes/NNN.txt: the code, its standing, its facts, the opening lines of
 * "When to send it" and "When you receive it", its headers and links.
 */
export function codeText(c: CodeText): string {
  const sections = sectionsOf(c.body);
  const heading = `${c.code} ${c.title}`;
  const lines = [
    heading,
    "=".repeat(heading.length),
    "",
    ...wrap(c.summary),
    "",
    ...field("Class", c.className),
    ...field("Status", c.status),
    ...(c.registration ? field("Registration", c.registration) : []),
    ...(c.spec ? [...field("Defined in", c.spec.title), ...wrap(c.spec.url, { first: " ".repeat(14) })] : []),
    ...(c.formerNames.length > 0
      ? field("Formerly", c.formerNames.map((f) => `${f.name} (${f.source})`).join("; "))
      : []),
    ...c.facts.flatMap((f) => field(f.name, `${f.label} (${f.source})`)),
    ...(c.vendors.length > 0 ? ["", "SENT BY"] : []),
    ...c.vendors.flatMap((v) => wrap(`${v.name}, "${v.phrase}": ${v.meaning}`, { first: "  ", indent: "    " })),
    ...block("When to send it", leadOf(sections.get("When to send it"))),
    ...block("When you receive it", leadOf(sections.get("When you receive it"))),
    ...(c.headers.length > 0 ? ["", "HEADERS"] : []),
    ...c.headers.flatMap((h) => wrap(`${h.name}: ${h.role}`, { first: "  ", indent: "    " })),
    "",
    ...field("Page", c.page),
    ...field("Data", c.data),
    ...field("License", c.license),
  ];
  return toAscii(lines.join("\n") + "\n");
}

/** One line of /codes.txt: the code and phrase, then the standing when it is not a plain registration. */
export const indexLine = (code: number, title: string, note?: string): string =>
  toAscii(`${code} ${title}${note ? ` (${note})` : ""}`);
