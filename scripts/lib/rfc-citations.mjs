/**
 * Finds the RFC sections a text cites, in the forms this project writes them:
 * links to rfc-editor.org with a #section- or #appendix- anchor, and prose such as
 * "RFC 9110, Section 15.5.5", "RFC 9112 (Section 6.1)" or the registry's
 * "[RFC9110, Section 15.5.5]". Plain functions, so tests can feed them any text.
 */

/**
 * @typedef {object} Citation
 * @property {string} rfc the RFC number, e.g. "9110"
 * @property {string} section the section or appendix number, e.g. "15.5.5" or "F.3"
 * @property {number} index where in the text the citation starts
 * @property {string} quote the cited words as written
 */

const sectionNumber = String.raw`([0-9]+(?:\.[0-9]+)*|[A-Z](?:\.[0-9]+)*)`;
const rfcLink = new RegExp(
  String.raw`(?:\[([^\]]*)\]\()?https?://(?:www\.)?rfc-editor\.org/rfc/rfc(\d+)(?:\.html)?#(?:section|appendix)-` +
    sectionNumber,
  "g",
);
const rfcProse = new RegExp(
  String.raw`\bRFC ?(\d{3,4})(?:,|\s\((?:\d{4}, )?|,? its)?\s*(?:Section|Appendix)\s+` + sectionNumber,
  "g",
);

/**
 * Every RFC section a text cites, links and prose alike.
 * @param {string} text
 * @returns {Citation[]}
 */
export function findCitations(text) {
  /** @type {Citation[]} */
  const found = [];
  for (const m of text.matchAll(rfcLink)) {
    found.push({ rfc: m[2], section: m[3], index: m.index, quote: m[0] });
  }
  for (const m of text.matchAll(rfcProse)) {
    found.push({ rfc: m[1], section: m[2], index: m.index, quote: m[0] });
  }
  return found.toSorted((a, b) => a.index - b.index);
}

/**
 * Links whose words name one section while the address points to another, such as
 * `[Section 15.4.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9)`.
 * @param {string} text
 * @returns {{ words: string, section: string, quote: string }[]}
 */
export function mislabelledLinks(text) {
  const wrong = [];
  for (const m of text.matchAll(rfcLink)) {
    const words = m[1];
    const named = words && /(?:Section|Appendix)\s+([0-9A-Z]+(?:\.[0-9]+)*)/.exec(words);
    if (named && named[1] !== m[3]) wrong.push({ words, section: m[3], quote: m[0] });
  }
  return wrong;
}

/**
 * The citations whose section the list of known sections does not have. An RFC
 * missing from the list is reported too, so a new citation cannot go unchecked.
 * @param {Citation[]} citations
 * @param {Record<string, { sections: string[] }>} known
 * @returns {Citation[]}
 */
export function unknownSections(citations, known) {
  return citations.filter((c) => !known[c.rfc]?.sections.includes(c.section));
}
