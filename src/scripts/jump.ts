import { classUrl, codeUrl } from "../lib/urls";

/**
 * Where typing a code or class should lead: `404` to its page, `4xx` to its
 * class. Anything else is a search, so this returns undefined.
 */
export function jumpTarget(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (/^[1-5]xx$/.test(text)) return classUrl(text);
  if (/^\d{3}$/.test(text)) return codeUrl(Number(text));
  return undefined;
}
