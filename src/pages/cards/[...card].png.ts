import type { GetStaticPaths } from "astro";
import { allCards, type Card } from "../../model/cards";
import { cardImage } from "../../lib/card-image";

export const getStaticPaths = (() =>
  allCards.map((card) => ({ params: { card: card.id }, props: { card } }))) satisfies GetStaticPaths;

export const GET = async ({ props }: { props: { card: Card } }) =>
  new Response(new Uint8Array(await cardImage(props.card)), { headers: { "Content-Type": "image/png" } });
