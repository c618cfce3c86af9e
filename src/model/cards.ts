/**
 * What each page's preview card (its og:image) shows. src/lib/card-image.ts
 * draws a card; src/pages/cards/[...card].png.ts serves one per page.
 */
import { classOf } from "./classes";
import {
  classGroups,
  codes,
  comparisons,
  isUnofficial,
  type ClassGroup,
  type CodeEntry,
  type CompareEntry,
} from "./codes";
import { siteDescription } from "./site";
import { lapsed, statusLabel } from "./statuses";
import { today } from "./today";
import { absoluteUrl, cardUrl } from "../lib/urls";

export interface Card {
  /** The page's path without slashes at the ends ("codes/404"); the card is served at cards/ID.png. */
  id: string;
  /** The small line at the top right: the class, or what kind of page it is. */
  kicker: string;
  /** The large mark before the title, in its class colour: a code or a class. */
  mark?: { text: string; digit: number } | undefined;
  title: string;
  /** One or two sentences under the title. */
  text: string;
  /** The registry status, as a badge at the bottom; `warn` for anything but a plain registration. */
  badge?: { label: string; warn: boolean } | undefined;
  /** The rest of the bottom line. */
  footer: string;
}

export const cardWidth = 1200;
export const cardHeight = 630;

/** The image's alternative text: what the card says, in reading order. */
export const cardAlt = (card: Card): string =>
  [
    `${card.mark ? `${card.mark.text} ` : ""}${card.title}.`,
    card.text,
    `${card.badge ? `${card.badge.label}, ` : ""}${card.footer}.`,
  ].join(" ");

export function codeCard({ data }: CodeEntry): Card {
  const statusClass = classOf(data.code);
  const origin =
    data.status === "unofficial"
      ? `sent by ${data.vendors.map((v) => v.name).join(", ")}`
      : data.registration
        ? `${lapsed(data, today) ? "ended" : "expires"} ${data.registration.expires}; ${data.spec?.title ?? "IANA registry"}`
        : (data.spec?.title ?? "IANA registry");
  return {
    id: `codes/${data.code}`,
    kicker: `${statusClass.id} ${statusClass.name}`,
    mark: { text: String(data.code), digit: statusClass.digit },
    title: data.title,
    text: data.summary,
    badge: { label: statusLabel(data, today), warn: data.status !== "registered" },
    footer: origin,
  };
}

export function classCard({ statusClass, official, unofficial }: ClassGroup): Card {
  return {
    id: `codes/${statusClass.id}`,
    kicker: "Class of status codes",
    mark: { text: statusClass.id, digit: statusClass.digit },
    title: statusClass.name,
    text: statusClass.description,
    footer: `${official.length} registered and ${unofficial.length} unofficial codes; RFC 9110, Section ${statusClass.section}`,
  };
}

export function compareCard(page: CompareEntry): Card {
  return {
    id: `compare/${page.id}`,
    kicker: "Comparison",
    title: page.data.title,
    text: page.data.summary,
    footer: `Compares ${page.data.codes.join(", ")}`,
  };
}

export const guideCard: Card = {
  id: "guide",
  kicker: "Guide",
  title: "Which status code should I send?",
  text: "Answer a few questions about what happened to the request, and get the code to send and why, following RFC 9110.",
  footer: "Every step links to the code's own page",
};

const official = codes.filter((entry) => !isUnofficial(entry)).length;

/** The home page's card, which also stands for pages without one of their own (search, lists, not found). */
export const homeCard: Card = {
  id: "home",
  kicker: "Reference",
  title: "HTTP status codes, explained",
  text: siteDescription,
  footer: `${official} registered codes and ${codes.length - official} unofficial ones; RFC 9110 and the IANA registry`,
};

/**
 * PREVIEW_CARDS=0 draws only the home page's card and every page shows it: for
 * builds that measure something else, such as the benchmark's scaled builds.
 */
export const ownCards = process.env["PREVIEW_CARDS"] !== "0";

/** The card a page shows. */
export const shownCard = (card: Card): Card => (ownCards ? card : homeCard);

/** The absolute URL of the image a page shows, as og:image and the data files give it. */
export const cardImageUrl = (card: Card): string => absoluteUrl(cardUrl(shownCard(card).id));

/** Every card the site serves. */
export const allCards: readonly Card[] = ownCards
  ? [homeCard, guideCard, ...codes.map(codeCard), ...classGroups.map(classCard), ...comparisons.map(compareCard)]
  : [homeCard];
