/**
 * Draws a preview card (src/model/cards.ts) as a 1200x630 PNG: satori lays the
 * card out as SVG with the fonts in src/fonts/, resvg rasterises it, and sharp
 * stores it as a palette PNG (the cards are flat colours and anti-aliased text,
 * so 8-bit colour loses nothing visible and a third of the bytes).
 *
 * Each card is cached under .cache/cards/ by a hash of everything that decides
 * its pixels (the laid-out element tree, the fonts, the library versions), so
 * warm builds, and the second build `npm test` makes under BASE_PATH, reuse it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import regular from "../fonts/inter-latin-400-normal.woff?inline";
import bold from "../fonts/inter-latin-700-normal.woff?inline";
import { cardHeight, cardWidth, type Card } from "../model/cards";

/** The light scheme of src/styles/global.css; a card has one look wherever it is shown. */
const colours = {
  bg: "#fbfbfa",
  text: "#1c1d21",
  muted: "#565a63",
  border: "#dcdde1",
  brand: "#1a5ea8",
  warn: "#a3460a",
  classes: ["#5b4bb7", "#19703a", "#1a5ea8", "#a3460a", "#b3261e"],
};

const fromDataUrl = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
const fonts = [
  { name: "Inter", data: fromDataUrl(regular), weight: 400 as const, style: "normal" as const },
  { name: "Inter", data: fromDataUrl(bold), weight: 700 as const, style: "normal" as const },
];

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style: Style; children?: (Node | string)[] | Node | string };
}
const h = (style: Style, ...children: (Node | string | false | undefined)[]): Node => {
  const kept = children.filter((c): c is Node | string => !!c);
  return {
    type: "div",
    props: { style: { display: "flex", ...style }, children: kept.length === 1 ? kept[0]! : kept },
  };
};

/** The card as satori's element tree. */
function layout(card: Card): Node {
  const accent = card.mark ? colours.classes[card.mark.digit - 1]! : colours.brand;
  // The outer box is the image; padding on it would widen the card instead of insetting the text.
  return h(
    { width: cardWidth, height: cardHeight, background: colours.bg, borderTop: `14px solid ${accent}` },
    h(
      { flexGrow: 1, flexDirection: "column", color: colours.text, fontFamily: "Inter", padding: "40px 72px 44px" },
      h(
        { justifyContent: "space-between", fontSize: 28, color: colours.muted },
        h(
          { fontWeight: 700, color: colours.text },
          h({ color: colours.brand, marginRight: 10 }, "HTTP"),
          "Status Codes",
        ),
        h({}, card.kicker),
      ),
      h(
        { flexDirection: "column", flexGrow: 1, justifyContent: "center" },
        h(
          { alignItems: "center" },
          card.mark &&
            h({ fontSize: 150, fontWeight: 700, color: accent, lineHeight: 1, marginRight: 40 }, card.mark.text),
          h({ flex: 1, fontSize: card.mark ? 58 : 66, fontWeight: 700, lineHeight: 1.12 }, card.title),
        ),
        h({ fontSize: 34, lineHeight: 1.38, marginTop: 30, lineClamp: 4, display: "block" }, card.text),
      ),
      h(
        {
          alignItems: "center",
          fontSize: 26,
          color: colours.muted,
          borderTop: `2px solid ${colours.border}`,
          paddingTop: 22,
        },
        card.badge &&
          h(
            {
              color: card.badge.warn ? colours.warn : colours.text,
              border: "2px solid currentColor",
              borderRadius: 999,
              padding: "2px 16px",
              marginRight: 18,
              fontWeight: 700,
            },
            card.badge.label,
          ),
        h({ flex: 1, display: "block", lineClamp: 1 }, card.footer),
      ),
    ),
  );
}

const require = createRequire(join(process.cwd(), "package.json"));
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
/** Everything besides the tree that changes the pixels. */
const renderer = JSON.stringify({
  satori: version("satori"),
  resvg: version("@resvg/resvg-js"),
  sharp: sharp.versions,
  fonts: fonts.map((f) => createHash("sha256").update(f.data).digest("hex")),
});

const cacheDir = join(process.cwd(), ".cache", "cards");

/** The card as PNG bytes, from the cache when nothing it shows has changed. */
export async function cardImage(card: Card): Promise<Buffer> {
  const tree = layout(card);
  const key = createHash("sha256").update(renderer).update(JSON.stringify(tree)).digest("hex").slice(0, 24);
  const cached = join(cacheDir, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    // not drawn yet
  }
  const svg = await satori(tree, { width: cardWidth, height: cardHeight, fonts });
  const { pixels } = new Resvg(svg, { fitTo: { mode: "original" } }).render();
  const png = await sharp(pixels, { raw: { width: cardWidth, height: cardHeight, channels: 4 } })
    .png({ palette: true, effort: 1, compressionLevel: 9 })
    .toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
