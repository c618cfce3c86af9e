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

/**
 * A message's source as the page links it: a GitHub file at a full commit id is
 * linked at its first 12 hex digits, which GitHub resolves to the same commit.
 * The full id stays in the data; on a page with fifty sources the long ids alone
 * cost a few hundred bytes.
 */
export const sourceHref = (source: string): string =>
  source.replace(/^(https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{12})[0-9a-f]{28}\//, "$1/");

/**
 * Messages grouped by the software that prints them, in the order each software first appears.
 * A version that every message of a group names is lifted to the group, so a page states it once.
 */
export function messageGroups<M extends { software: string; version?: string | undefined }>(
  messages: readonly M[],
): { software: string; version?: string; messages: M[] }[] {
  const groups = new Map<string, M[]>();
  for (const message of messages) groups.set(message.software, [...(groups.get(message.software) ?? []), message]);
  return [...groups].map(([software, list]) => {
    const version = list[0]!.version;
    const shared = version !== undefined && list.every((m) => m.version === version);
    return shared ? { software, version, messages: list } : { software, messages: list };
  });
}
