/**
 * Reading the IANA HTTP Status Code Registry's CSV and comparing it with the
 * project's dated copy (data/iana-registry.json). Plain functions of their
 * arguments, so the tests can give them small fixtures.
 */

/**
 * @typedef {object} RegistryCode
 * @property {number} code
 * @property {string} description the registry's description without its TEMPORARY or OBSOLETED note
 * @property {string} reference
 * @property {"registered" | "temporary" | "unused" | "obsoleted"} status
 * @property {{ registered: string, extended?: string, expires: string }} [registration]
 */

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

const day = String.raw`(\d{4}-\d{2}-\d{2})`;

/**
 * One registry row as the project records it: status from the description's
 * notes, and a temporary registration's dates.
 * @param {string} value
 * @param {string} description
 * @param {string} reference
 * @returns {RegistryCode}
 */
function toCode(value, description, reference) {
  const code = Number(value);
  const text = description.trim();
  const temporary = /\(TEMPORARY\b([^)]*)\)\s*$/i.exec(text);
  if (temporary) {
    const note = temporary[1] ?? "";
    const registered = new RegExp(String.raw`(?<!extension )registered ${day}`).exec(note)?.[1];
    const extended = new RegExp(String.raw`extension registered ${day}`).exec(note)?.[1];
    const expires = new RegExp(String.raw`expires ${day}`).exec(note)?.[1];
    if (!registered || !expires) {
      throw new Error(`IANA row ${value}: a TEMPORARY note without registered and expires dates: ${text}`);
    }
    return {
      code,
      description: text.slice(0, temporary.index).trim(),
      reference: reference.trim(),
      status: "temporary",
      registration: { registered, ...(extended ? { extended } : {}), expires },
    };
  }
  if (/\(OBSOLETED\)\s*$/i.test(text)) {
    return {
      code,
      description: text.replace(/\s*\(OBSOLETED\)\s*$/i, ""),
      reference: reference.trim(),
      status: "obsoleted",
    };
  }
  return {
    code,
    description: text,
    reference: reference.trim(),
    status: text === "(Unused)" ? "unused" : "registered",
  };
}

/**
 * The assigned codes in the registry's CSV (columns Value, Description, Reference);
 * ranges such as "105-199,Unassigned" are left out.
 * @param {string} text
 * @returns {RegistryCode[]}
 */
export function parseRegistryCsv(text) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!header || header[0]?.trim() !== "Value" || header[1]?.trim() !== "Description") {
    throw new Error('not the IANA status code registry CSV: the first row must be "Value,Description,Reference"');
  }
  return rows
    .filter(([value]) => /^\d{3}$/.test((value ?? "").trim()))
    .map(([value = "", description = "", reference = ""]) => toCode(value.trim(), description, reference));
}

/**
 * @typedef {object} RegistryDiff
 * @property {RegistryCode[]} added
 * @property {RegistryCode[]} removed
 * @property {{ code: number, from: string, to: string }[]} renamed
 * @property {{ code: number, from: string, to: string }[]} statusChanged
 * @property {{ code: number, from: string, to: string }[]} referenceChanged
 * @property {{ code: number, from: string, to: string }[]} registrationChanged
 */

const dates = (/** @type {RegistryCode} */ c) =>
  c.registration
    ? `registered ${c.registration.registered}${c.registration.extended ? `, extended ${c.registration.extended}` : ""}, expires ${c.registration.expires}`
    : "none";

/**
 * Every difference between the project's copy and a fresh registry.
 * @param {RegistryCode[]} copy
 * @param {RegistryCode[]} fresh
 * @returns {RegistryDiff}
 */
export function diffRegistry(copy, fresh) {
  const before = new Map(copy.map((c) => [c.code, c]));
  const after = new Map(fresh.map((c) => [c.code, c]));
  /** @type {RegistryDiff} */
  const diff = {
    added: [],
    removed: [],
    renamed: [],
    statusChanged: [],
    referenceChanged: [],
    registrationChanged: [],
  };
  for (const c of fresh) if (!before.has(c.code)) diff.added.push(c);
  for (const c of copy) if (!after.has(c.code)) diff.removed.push(c);
  for (const old of copy) {
    const now = after.get(old.code);
    if (!now) continue;
    const code = old.code;
    if (old.description !== now.description) diff.renamed.push({ code, from: old.description, to: now.description });
    if (old.status !== now.status) diff.statusChanged.push({ code, from: old.status, to: now.status });
    if (old.reference !== now.reference) diff.referenceChanged.push({ code, from: old.reference, to: now.reference });
    if (dates(old) !== dates(now)) diff.registrationChanged.push({ code, from: dates(old), to: dates(now) });
  }
  return diff;
}

/** @param {RegistryDiff} diff */
export const hasDifferences = (diff) => Object.values(diff).some((list) => list.length > 0);

/**
 * The differences as lines a person reads, one per change.
 * @param {RegistryDiff} diff
 * @returns {string[]}
 */
export function describeDiff(diff) {
  const change = (/** @type {string} */ what) => (/** @type {{ code: number, from: string, to: string }} */ c) =>
    `${what} ${c.code}: ${c.from} -> ${c.to}`;
  return [
    ...diff.added.map((c) => `new ${c.code} ${c.description} (${c.status}, ${c.reference})`),
    ...diff.removed.map((c) => `removed ${c.code} ${c.description}`),
    ...diff.renamed.map(change("renamed")),
    ...diff.statusChanged.map(change("status of")),
    ...diff.referenceChanged.map(change("reference of")),
    ...diff.registrationChanged.map(change("registration of")),
  ];
}

/**
 * The project's copy brought up to date with a fresh registry, dated by the
 * registry's own "Last Updated" day (which the CSV does not carry).
 * @template {{ lastUpdated: string, codes: RegistryCode[] }} T
 * @param {T} copy
 * @param {RegistryCode[]} fresh
 * @param {string} lastUpdated
 * @returns {T}
 */
export function updatedCopy(copy, fresh, lastUpdated) {
  const note =
    "note" in copy && typeof copy.note === "string"
      ? copy.note.replace(/last updated on \d{4}-\d{2}-\d{2}/, `last updated on ${lastUpdated}`)
      : undefined;
  return {
    ...copy,
    lastUpdated,
    ...(note ? { note } : {}),
    codes: fresh.toSorted((a, b) => a.code - b.code),
  };
}
