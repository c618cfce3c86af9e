/**
 * Ranking from the site's own data, for what Pagefind cannot do: exact codes
 * and classes, former names, aliases and constants, and near-miss spellings.
 * Pure functions, shared by the search page and its tests.
 */

/** One code as the search index describes it (see src/model/api.ts). */
export interface SearchRecord {
  code: number;
  title: string;
  summary: string;
  url: string;
  status: string;
  /** Former names, aliases, vendor names and phrases, constants: everything else it is known by. */
  keywords: string[];
}

export interface Ranked {
  record: SearchRecord;
  score: number;
}

/** Lower case, letters and digits only: `HttpStatusCode.BadGateway` and `httpstatuscode badgateway` meet. */
export const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** Lower-case words of letters and digits. */
export const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Edit distance with transpositions, stopping early once it exceeds `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
    if (Math.min(...rows[i]!) > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * The codes most people look up. When a query fits several codes equally well
 * (a header such as If-None-Match), the one people meet most often wins.
 */
const common = new Set([200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504]);

/** How far a word may be misspelt and still match: none for short words. */
const tolerance = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

interface Prepared {
  record: SearchRecord;
  title: string;
  exact: Set<string>;
  titleWords: Set<string>;
  keywordWords: Set<string>;
  summaryWords: Set<string>;
}

/** Builds the lookup structures once per index. */
export function prepare(records: SearchRecord[]) {
  const prepared: Prepared[] = records.map((record) => ({
    record,
    title: squash(record.title),
    exact: new Set([record.title, ...record.keywords].map(squash)),
    titleWords: new Set(words(record.title)),
    keywordWords: new Set(record.keywords.flatMap(words)),
    summaryWords: new Set(words(record.summary)),
  }));
  const vocabulary = new Set(prepared.flatMap((p) => [...p.titleWords, ...p.keywordWords, ...p.summaryWords]));
  return { prepared, vocabulary };
}

export type Index = ReturnType<typeof prepare>;

/** The closest words of the vocabulary to a query word that is not in it. */
function corrections(word: string, vocabulary: Set<string>): string[] {
  if (vocabulary.has(word)) return [word];
  const max = tolerance(word);
  if (max === 0) return [word];
  let best = max + 1;
  let found: string[] = [];
  for (const candidate of vocabulary) {
    const d = distance(word, candidate, max);
    if (d > max) continue;
    if (d < best) [best, found] = [d, [candidate]];
    else if (d === best) found.push(candidate);
  }
  return found.length > 0 ? found : [word];
}

/** Scores one query word against one record: title beats keywords beats summary; prefixes count less. */
function wordScore(options: string[], p: Prepared, last: boolean): number {
  let score = 0;
  for (const w of options) {
    const prefix = (set: Set<string>) => last && w.length >= 2 && [...set].some((x) => x.startsWith(w));
    if (p.titleWords.has(w)) score = Math.max(score, 30);
    else if (p.keywordWords.has(w)) score = Math.max(score, 20);
    else if (p.summaryWords.has(w)) score = Math.max(score, 8);
    else if (prefix(p.titleWords)) score = Math.max(score, 15);
    else if (prefix(p.keywordWords)) score = Math.max(score, 10);
  }
  return score;
}

/** The records that match a query, best first. */
export function rank(query: string, index: Index): Ranked[] {
  const text = query.trim().toLowerCase().slice(0, 200);
  if (!text) return [];
  const { prepared, vocabulary } = index;

  const classMatch = /^([1-5])(?:xx)?$/.exec(text);
  if (classMatch) {
    const digit = Number(classMatch[1]);
    return prepared
      .filter((p) => Math.floor(p.record.code / 100) === digit)
      .map((p) => ({
        record: p.record,
        score: 500 - (p.record.code % 100) - (p.record.status === "unofficial" ? 100 : 0),
      }));
  }

  const squashed = squash(text);
  const queryWords = words(text);
  const numbers = queryWords.filter((w) => /^\d{3}$/.test(w)).map(Number);
  const terms = queryWords.filter((w) => !/^\d+$/.test(w));
  const options = terms.map((w) => corrections(w, vocabulary));

  const ranked: Ranked[] = [];
  for (const p of prepared) {
    let score = 0;
    if (numbers.includes(p.record.code)) score += 1000;
    if (squashed && p.title === squashed) score += 900;
    else if (squashed.length > 2 && p.exact.has(squashed)) score += 800;
    if (terms.length > 0) {
      const scores = options.map((o, i) => wordScore(o, p, i === options.length - 1));
      const matched = scores.filter((s) => s > 0).length;
      // Every word should match; a record that matches only some ranks far lower.
      if (matched === terms.length) score += scores.reduce((a, b) => a + b, 0) + 100;
      else if (matched > 0 && numbers.length === 0) score += scores.reduce((a, b) => a + b, 0) / 4;
    }
    if (score > 0) {
      const prior = (common.has(p.record.code) ? 2 : 0) - (p.record.status === "unofficial" ? 1 : 0);
      ranked.push({ record: p.record, score: score + prior });
    }
  }
  return ranked.sort((a, b) => b.score - a.score || a.record.code - b.record.code);
}
