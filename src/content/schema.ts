/**
 * The shape of every content entry, documented field by field so editors show
 * the comments as front-matter tooltips. `src/content.config.ts` only wires
 * these schemas to folders; every content rule lives here.
 */
import { z } from "astro/zod";

/** Every HTTP status code is a three-digit number from 100 to 599. */
export const statusCode = z
  .number({ error: "must be a number such as 404" })
  .int("must be a whole number")
  .min(100, "must be between 100 and 599")
  .max(599, "must be between 100 and 599");

/** Where a code's standing comes from, as the IANA registry records it. */
export const statuses = [
  "registered",
  "temporary",
  "unused",
  "obsoleted",
  "unofficial",
] as const;
export type Status = (typeof statuses)[number];

/** A calendar date; YAML reads a bare 2024-11-13 as a Date, so both forms become "2024-11-13". */
const isoDate = z
  .union([z.date(), z.iso.date()], { error: "must be a date written YYYY-MM-DD" })
  .transform((d) => (typeof d === "string" ? d : d.toISOString().slice(0, 10)));

/** A link to a document, with the text it is cited by. */
const reference = z.object({
  /** How the document is cited, e.g. "RFC 9110, Section 15.5.5". */
  title: z.string().min(1),
  /** Where to read it, e.g. "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5". */
  url: z.url("must be an absolute URL"),
});

/**
 * Where a quoted message appears: a log line, a page or body a person sees, a
 * name in code (an exception class, or a helper or setting that produces the code),
 * or what a client prints.
 */
export const messagePlaces = [
  "error-log",
  "access-log",
  "error-page",
  "response-body",
  "header",
  "exception",
  "helper",
  "client-output",
] as const;
export type MessagePlace = (typeof messagePlaces)[number];

/** An id for a cause bullet: lower-case words joined by hyphens. */
const anchorId = z.string().regex(/^[a-z][a-z0-9-]*$/, "must be lower-case words joined by hyphens");

export const codeSchema = z
  .object({
    /** The status code; it must match the file name (404 lives in 404.mdx). */
    code: statusCode,
    /** The reason phrase: RFC 9110's current wording for registered codes. */
    title: z.string().min(1, "must not be empty"),
    /** What the code means, in one plain sentence. Shown first and used as the page description. */
    summary: z
      .string()
      .min(20, "must be one full sentence")
      .max(200, "must be one sentence of at most 200 characters"),
    /**
     * The code's standing: `registered` in the IANA registry, `temporary`
     * (a provisional registration), `unused` (reserved, like 306 and 418),
     * `obsoleted` (like 510) or `unofficial` (sent by some software, never registered).
     */
    status: z.enum(statuses),
    /** The document that defines the code; required for every code the registry lists. */
    spec: reference.optional(),
    /** Dates of a temporary registration; required when status is `temporary`. */
    registration: z
      .object({
        /** When IANA first registered the code. */
        registered: isoDate,
        /** When IANA last extended the registration, if ever. */
        extended: isoDate.optional(),
        /** When the registration lapses unless extended again. */
        expires: isoDate,
      })
      .optional(),
    /** Codes a reader of this page should also know; each must have its own page. */
    related: z.array(statusCode).default([]),
    /** Reason phrases the code carried before, with the document that used each. Searchable. */
    formerNames: z
      .array(
        z.object({
          /** The old phrase, e.g. "Payload Too Large". */
          name: z.string().min(1),
          /** Where it was used, e.g. "RFC 7231" or "HTTP/1.0 drafts". */
          source: z.string().min(1),
        }),
      )
      .default([]),
    /** Other words people search for this code by (nicknames, vendor phrases). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Header fields that matter with this code, each with one line on its role. */
    headers: z
      .array(
        z.object({
          /** The field name, e.g. "Retry-After". */
          name: z.string().min(1),
          /** What the field does in a response with this code. */
          role: z.string().min(1),
        }),
      )
      .default([]),
    /** For unofficial codes: who sends the code and what each of them means by it. */
    vendors: z
      .array(
        z.object({
          /** The software or service, e.g. "nginx" or "Cloudflare". */
          name: z.string().min(1),
          /** The phrase that vendor uses for the code. */
          phrase: z.string().min(1),
          /** What the vendor means by it, in one sentence. */
          meaning: z.string().min(1),
          /** The vendor's own documentation. */
          url: z.url("must be an absolute URL").optional(),
        }),
      )
      .default([]),
    /**
     * What real software prints, raises or names with this code, quoted verbatim
     * (the one place where text is copied, never paraphrased), each with its source.
     * Shown under "What you may see" (on unofficial pages inside "Where you see it")
     * wherever the body places `<Messages code={frontmatter.code} />`. Searchable.
     */
    messages: z
      .array(
        z.object({
          /** The software or service, e.g. "nginx", "Django REST framework", "AWS Application Load Balancer". */
          software: z.string().min(1),
          /** The version or module the text was read from, where it matters, e.g. "1.29.3" or "mod_proxy". */
          version: z.string().min(1).optional(),
          /** Where the text shows up. */
          where: z.enum(messagePlaces),
          /** The exact text (or an exact contiguous part of it), without placeholders filled in. */
          text: z.string().min(2),
          /** The cause bullet on this page that explains it: the `id` of a `<Cause>` in the body. */
          cause: anchorId.optional(),
          /** Where the text was read: a documentation URL, or a source file at a tag or commit. */
          source: z.url("must be an absolute URL to the documentation or the source file at a version"),
        }),
      )
      .default([]),
    /** A short account of the code's history beyond its former names (plain text). */
    history: z.string().optional(),
    /**
     * The day someone last re-checked this page's facts against their sources (the
     * RFCs, the registry, the vendors' documents and code). Set it only when you did
     * that check for this page yourself; never stamp pages in bulk. Shown on the page.
     */
    checked: isoDate.optional(),
  })
  .superRefine((entry, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    const official = entry.status !== "unofficial";
    need(!official || !!entry.spec, "spec", "is required for a code in the IANA registry");
    need(official || entry.vendors.length > 0, "vendors", "must name who sends an unofficial code");
    need(
      entry.status !== "temporary" || !!entry.registration,
      "registration",
      "is required for a temporary registration",
    );
    need(!entry.related.includes(entry.code), "related", "must not list the code itself");
    // The same text from the same software twice is a copy left behind, and it costs every visit of the page.
    entry.messages.forEach(({ software, text }, i) => {
      const first = entry.messages.findIndex((other) => other.software === software && other.text === text);
      if (first < i) {
        ctx.addIssue({ code: "custom", path: ["messages", i, "text"], message: `repeats messages[${first}] from ${software}` });
      }
    });
  });

export type CodeData = z.infer<typeof codeSchema>;

/** The languages whose constants each code page lists, in display order. */
export const languages = [
  "node",
  "python",
  "go",
  "java",
  "dotnet",
  "rust",
  "rails",
  "symfony",
  "winhttp",
] as const;
export type Language = (typeof languages)[number];

/**
 * One constant: a bare name, or `{ name, deprecated }` for a name the library
 * still accepts but marks as deprecated (the note says how, e.g. "warns since Rack 3.1").
 * Both forms become `{ name, deprecated? }`.
 */
const constantName = z
  .union([
    z.string().min(1),
    z.object({
      /** The name as code writes it, e.g. ":not_extended". */
      name: z.string().min(1),
      /** How the library marks it deprecated, from its source. */
      deprecated: z.string().min(1),
    }),
  ])
  .transform((c): { name: string; deprecated?: string } => (typeof c === "string" ? { name: c } : c));
export type ConstantName = z.output<typeof constantName>;

/**
 * Constants for one code (data/constants.json, keyed by code). Each language
 * lists its names, the current one first and older aliases after it; an empty
 * list means the library has no constant for the code.
 */
export const constantsSchema = z.object(
  Object.fromEntries(languages.map((l) => [l, z.array(constantName)])) as Record<
    Language,
    z.ZodArray<typeof constantName>
  >,
);

/** One entry of the content changelog (data/changes.json): a correction readers may have relied on. */
export const changeSchema = z.object({
  /** The day the corrected page was published. */
  date: isoDate,
  /** The page corrected, as a site path: `codes/505` or `compare/redirects`. */
  page: z.string().regex(/^(codes\/\d{3}|compare\/[a-z0-9-]+)$/, "must be a page path such as codes/505 or compare/redirects"),
  /** What was wrong and what the page says now, in one or two plain sentences. */
  change: z.string().min(20, "must say what changed"),
});

/** A comparison page (content/compare/*.mdx) for codes that people confuse. */
export const compareSchema = z.object({
  /** The page heading, e.g. "401 vs 403 vs 404". */
  title: z.string().min(1),
  /** One sentence on what the page settles; used as the page description. */
  summary: z.string().min(20),
  /** The codes compared; each must have its own page, and each page links back. */
  codes: z.array(statusCode).min(2),
});
