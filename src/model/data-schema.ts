/**
 * The JSON Schema (draft 2020-12) of /codes.json and /codes/NNN.json, published
 * at /codes.schema.json. A test validates every built data file against it.
 * Fields may be added within a schema version; removing, renaming or changing
 * the meaning of one raises `schemaVersion`.
 */
import { languages, messagePlaces, statuses } from "../content/schema";
import { redirectKinds, retryInfo, retryKinds } from "./facts";

export const schemaVersion = 1;

const text = { type: "string", minLength: 1 } as const;
const url = { type: "string", format: "uri" } as const;
const date = { type: "string", format: "date" } as const;
const strings = { type: "array", items: text } as const;

/** An object whose listed properties are all required unless named in `optional`. */
const object = (properties: Record<string, object>, optional: string[] = [], description?: string) => ({
  type: "object",
  ...(description ? { description } : {}),
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  additionalProperties: false,
  properties,
});

const fact = (value: object, description: string) =>
  object(
    {
      value,
      label: { ...text, description: "The fact in a few words, as the page's badge shows it." },
      source: { $ref: "#/$defs/source" },
    },
    [],
    description,
  );

const retryMeanings = retryKinds.map((kind) => `"${kind}": ${retryInfo[kind].meaning}`).join(" ");

export function codesSchema(id: string) {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: id,
    title: "HTTP status codes",
    description:
      "Every HTTP status code the site describes (/codes.json), or one of them (/codes/NNN.json, where `codes` holds that one code).",
    ...object({
      $schema: { ...url, description: "This schema's URL." },
      schemaVersion: {
        const: schemaVersion,
        description: "Raised when a field is removed, renamed or changes meaning.",
      },
      generated: { type: "string", format: "date-time", description: "When the site was built." },
      registryDate: { ...date, description: "The date of the IANA registry update the data reflects." },
      license: object(
        {
          id: { ...text, description: "SPDX identifier." },
          name: text,
          url,
          attribution: { ...text, description: "How to credit the data when reusing it." },
        },
        [],
        "The licence of the data.",
      ),
      codes: { type: "array", minItems: 1, items: { $ref: "#/$defs/code" } },
    }),
    $defs: {
      source: object({ title: { ...text, description: 'How it is cited, e.g. "RFC 9110, Section 15.1".' }, url }),
      constant: object(
        {
          name: text,
          deprecated: { const: true, description: "The library still accepts this name but marks it deprecated." },
          deprecation: { ...text, description: 'How the library marks it, e.g. "warns since Rack 3.1".' },
        },
        ["deprecated", "deprecation"],
      ),
      message: object(
        {
          software: { ...text, description: "The program that prints or returns the text." },
          version: { ...text, description: "The versions the text is quoted from." },
          where: { enum: [...messagePlaces], description: "Where the text shows up." },
          text: { ...text, description: "The exact text, or an exact contiguous part of it." },
          source: { ...url, description: "Where the text was read: documentation, or a source file at a version." },
          cause: {
            type: "string",
            pattern: "^[a-z][a-z0-9-]*$",
            description: "The id of the cause on the code's page that explains it (its URL fragment).",
          },
        },
        ["version", "cause"],
        "What real software prints, raises or names with the code, quoted verbatim.",
      ),
      code: object({
        code: { type: "integer", minimum: 100, maximum: 599 },
        title: { ...text, description: "The reason phrase; RFC 9110's current wording for registered codes." },
        class: { type: "string", pattern: "^[1-5]xx$" },
        status: {
          enum: [...statuses],
          description:
            "registered, temporary (a provisional registration), unused (reserved), obsoleted, or unofficial (sent by some software, never registered).",
        },
        summary: { ...text, description: "What the code means, in one sentence." },
        links: object({
          page: url,
          text: { ...url, description: "The plain-text page." },
          data: { ...url, description: "This code's own data file." },
          image: { ...url, description: "The page's 1200x630 PNG preview image." },
        }),
        spec: { oneOf: [{ $ref: "#/$defs/source" }, { type: "null" }], description: "null for unofficial codes." },
        registration: {
          oneOf: [object({ registered: date, extended: date, expires: date }, ["extended"]), { type: "null" }],
          description: "The dates of a temporary registration; null otherwise.",
        },
        formerNames: { type: "array", items: object({ name: text, source: text }) },
        aliases: strings,
        vendors: {
          type: "array",
          description: "Who sends an unofficial code, and what each means by it.",
          items: object({ name: text, phrase: text, meaning: text, url }, ["url"]),
        },
        headers: { type: "array", items: object({ name: text, role: text }) },
        related: { type: "array", items: { type: "integer" } },
        facts: object(
          {
            cacheable: fact({ type: "boolean" }, "A cache may store the response without explicit freshness."),
            content: fact(
              { type: "boolean" },
              "The response can carry content (a response to HEAD never does, whatever the code).",
            ),
            redirect: fact(
              { enum: [...redirectKinds] },
              "Whether browsers follow Location automatically, and what becomes of the method (Fetch Standard).",
            ),
            retry: fact({ enum: [...retryKinds] }, `What sending the request again needs. ${retryMeanings}`),
          },
          [],
          "What clients, caches and monitors decide from the code, derived from the specifications; each with its source.",
        ),
        constants: object(
          Object.fromEntries(
            languages.map((language) => [language, { type: "array", items: { $ref: "#/$defs/constant" } }]),
          ),
          [],
          "The names each language's standard library gives the code: current name first, older aliases after.",
        ),
        messages: { type: "array", items: { $ref: "#/$defs/message" } },
      }),
    },
  };
}
