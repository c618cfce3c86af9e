import type { Status } from "../content/schema";
import { hasLapsed } from "../lib/dates";

/** How each registry status reads on a page: a label, one word for tables and tags, and a sentence of explanation. */
export const statusInfo: Record<Status, { label: string; short: string; explanation: string }> = {
  registered: {
    label: "Registered",
    short: "Registered",
    explanation: "Listed in the IANA HTTP Status Code Registry.",
  },
  temporary: {
    label: "Temporary registration",
    short: "Temporary",
    explanation:
      "Provisionally listed in the IANA registry while its specification is a draft; the listing lapses unless it is renewed.",
  },
  unused: {
    label: "Reserved, unused",
    short: "Reserved",
    explanation:
      "Listed in the IANA registry as (Unused): reserved so that it is not assigned again, and not to be sent.",
  },
  obsoleted: {
    label: "Obsoleted",
    short: "Obsoleted",
    explanation: "Listed in the IANA registry as obsoleted: the specification behind it is no longer current.",
  },
  unofficial: {
    label: "Unofficial",
    short: "Unofficial",
    explanation:
      "Not a registered HTTP status code. Some software sends it, but the IANA registry does not list it, so other clients may not understand it.",
  },
};

/** The label a temporary registration carries once its expiry date has passed. */
export const lapsedLabel = "Temporary registration, lapsed";

/** Whether an entry's temporary registration has lapsed by the given day. */
export const lapsed = (
  data: { status: Status; registration?: { expires: string } | undefined },
  today: string,
): boolean => data.status === "temporary" && !!data.registration && hasLapsed(data.registration.expires, today);

/** The status label an entry shows on the given day: its registry status, or the lapsed label. */
export const statusLabel = (
  data: { status: Status; registration?: { expires: string } | undefined },
  today: string,
): string => (lapsed(data, today) ? lapsedLabel : statusInfo[data.status].label);

/** Statuses that a compact list marks with a tag: the registry lists them, but they are not ordinary codes to send. */
export const marked = (status: Status): boolean =>
  status === "temporary" || status === "unused" || status === "obsoleted";
