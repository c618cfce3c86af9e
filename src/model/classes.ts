/** The five classes of status code (RFC 9110, Section 15), keyed by their first digit. */
export interface StatusClass {
  /** `1xx` to `5xx`; also the class page's path segment. */
  id: string;
  /** The class's first digit. */
  digit: number;
  /** RFC 9110's name for the class. */
  name: string;
  /** What every code in the class has in common. */
  description: string;
  /** The RFC 9110 section that defines the class. */
  section: string;
  /** Other names people call the class by, for search. */
  aliases: readonly string[];
}

export const statusClasses: readonly StatusClass[] = [
  {
    id: "1xx",
    digit: 1,
    name: "Informational",
    description:
      "An interim answer: the server has the request and is still working on it, or tells the client something before the final response arrives.",
    section: "15.2",
    // "Provisional response" is RFC 2616's name for them (Section 10.1).
    aliases: ["informational responses", "interim responses", "provisional responses"],
  },
  {
    id: "2xx",
    digit: 2,
    name: "Successful",
    description: "The server received, understood and accepted the request.",
    section: "15.3",
    aliases: ["success", "successful responses", "success codes"],
  },
  {
    id: "3xx",
    digit: 3,
    name: "Redirection",
    description:
      "The client has to take another step to complete the request, usually by following a Location header to another URL.",
    section: "15.4",
    aliases: ["redirects", "redirect codes"],
  },
  {
    id: "4xx",
    digit: 4,
    name: "Client Error",
    description:
      "The request itself is at fault: wrong syntax, missing credentials, a resource that does not exist. Sending it again unchanged will not help.",
    section: "15.5",
    aliases: ["client errors", "client error responses"],
  },
  {
    id: "5xx",
    digit: 5,
    name: "Server Error",
    description: "The request looked valid, but the server, or a server behind it, failed to carry it out.",
    section: "15.6",
    aliases: ["server errors", "server error responses"],
  },
];

/** The class a code belongs to, derived from its first digit. */
export function classOf(code: number): StatusClass {
  const found = statusClasses.find((c) => c.digit === Math.floor(code / 100));
  if (!found) throw new Error(`${code} is not in any class of status codes`);
  return found;
}
