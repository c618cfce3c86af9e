import type { MessagePlace } from "../content/schema";

/** How each place a message appears in reads on a page. */
export const messagePlaceLabels: Record<MessagePlace, string> = {
  "error-log": "error log",
  "access-log": "access log",
  "error-page": "error page",
  "response-body": "response body",
  header: "response header",
  exception: "exception",
  helper: "in code",
  "client-output": "client output",
};

/** The ids of the `<Cause>` bullets in an MDX body, in order. */
export const causeIds = (body: string): string[] =>
  [...body.matchAll(/<Cause\s+id="([^"]+)"/g)].map((match) => match[1]!);
