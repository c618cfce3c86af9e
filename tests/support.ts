/** What the tests know about the site: the built pages and the project's own data. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "@playwright/test";
import { buildDay, hasLapsed } from "../src/lib/dates";

export const projectRoot = new URL("..", import.meta.url).pathname;
export const dist = join(projectRoot, "dist");

/** The project's dated copy of the IANA registry. */
export const registry: {
  lastUpdated: string;
  codes: {
    code: number;
    description: string;
    reference: string;
    status: string;
    registration?: { registered: string; extended?: string; expires: string };
  }[];
} = JSON.parse(readFileSync(join(projectRoot, "data/iana-registry.json"), "utf8"));

/** Unofficial codes the site promises a page for (issue 3), 509 from the seed documents among them. */
export const unofficialCodes = [
  218, 419, 420, 430, 440, 444, 449, 450, 460, 463, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523, 524, 525,
  526, 527, 529, 530, 561, 598, 599,
];

/** A derived fact as the data files give it. */
export interface BuiltFact {
  value: boolean | string;
  label: string;
  source: { title: string; url: string };
}

/** One code as the data files describe it (the parts the tests read). */
export interface BuiltCode {
  code: number;
  title: string;
  status: string;
  class: string;
  summary: string;
  links: { page: string; text: string; data: string; image: string };
  facts: Record<"cacheable" | "content" | "redirect" | "retry", BuiltFact>;
  constants: Record<string, { name: string; deprecated?: boolean }[]>;
}

/** /codes.json as built: the versioned document and its codes. */
export const builtData: { schemaVersion: number; license: { id: string; url: string }; codes: BuiltCode[] } =
  JSON.parse(readFileSync(join(dist, "codes.json"), "utf8"));
export const builtCodes: BuiltCode[] = builtData.codes;

/** A URL from dist/'s data files (built at the root) as a path for page.goto() under any base: `codes/404/`. */
export const sitePath = (absolute: string) => new URL(absolute).pathname.replace(/^\//, "");

/** Every HTML page in the build, as a path relative to the site root (`codes/404/`). */
export const builtPages: string[] = (readdirSync(dist, { recursive: true }) as string[])
  .filter((file) => file.endsWith("index.html"))
  .map((file) => relative(dist, join(dist, file)).replace(/index\.html$/, ""))
  .sort();

/** The registry's reference written the way pages cite it: `[RFC9110, Section 15.5.5]` as `RFC 9110, Section 15.5.5`. */
export const citation = (reference: string) => /^\[([^\]]+)\]/.exec(reference)![1]!.replace(/^RFC(\d+)/, "RFC $1");

/** The day the build under test took as today: the same rule as src/model/today.ts. */
export const buildDate = buildDay(process.env.BUILD_DATE);

/** The status label a page shows for a registry entry on the build's date. */
export const statusLabelOf = (entry: (typeof registry.codes)[number]): string =>
  entry.registration && hasLapsed(entry.registration.expires, buildDate)
    ? "Temporary registration, lapsed"
    : statusLabels[entry.status]!;

/** The status labels a page shows, by registry status. */
export const statusLabels: Record<string, string> = {
  registered: "Registered",
  temporary: "Temporary registration",
  unused: "Reserved, unused",
  obsoleted: "Obsoleted",
  unofficial: "Unofficial",
};

/** Waits until the service worker controls the page and has finished activating. */
export async function workerReady(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== "activated") {
      await new Promise((resolve) =>
        worker.addEventListener("statechange", () => worker.state === "activated" && resolve(0)),
      );
    }
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
  });
}
