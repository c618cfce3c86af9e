import type { Status } from "../content/schema";

/** How each registry status reads on a page: a short label and a sentence of explanation. */
export const statusInfo: Record<Status, { label: string; explanation: string }> = {
  registered: {
    label: "Registered",
    explanation: "Listed in the IANA HTTP Status Code Registry.",
  },
  temporary: {
    label: "Temporary registration",
    explanation:
      "Provisionally listed in the IANA registry while its specification is a draft; the listing lapses unless it is renewed.",
  },
  unused: {
    label: "Reserved, unused",
    explanation:
      "Listed in the IANA registry as (Unused): reserved so that it is not assigned again, and not to be sent.",
  },
  obsoleted: {
    label: "Obsoleted",
    explanation: "Listed in the IANA registry as obsoleted: the specification behind it is no longer current.",
  },
  unofficial: {
    label: "Unofficial",
    explanation:
      "Not a registered HTTP status code. Some software sends it, but the IANA registry does not list it, so other clients may not understand it.",
  },
};
