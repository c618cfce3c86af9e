import type { APIContext } from "astro";
import { url } from "../lib/urls";

/** Allows every crawler and points it at the sitemap. */
export const GET = ({ site }: APIContext) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url("sitemap-index.xml"), site).href}\n`);
