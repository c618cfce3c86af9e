import type { APIContext } from "astro";
import { siteName } from "../model/site";
import { url } from "../lib/urls";

/** An OpenSearch description, so browsers can offer the site as a search engine. */
export function GET({ site }: APIContext) {
  const absolute = (path: string) => new URL(url(path), site).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${siteName}</ShortName>
  <Description>Search HTTP response status codes by number, name or constant</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${absolute("favicon.svg")}</Image>
  <Url type="text/html" method="get" template="${absolute("search/")}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { "Content-Type": "application/opensearchdescription+xml" } });
}
