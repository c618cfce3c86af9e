/**
 * schema.org JSON-LD for a code page: the article and its breadcrumb trail,
 * as search engines and link unfurlers read them. It goes into the page as a
 * `<script type="application/ld+json">` data block, which no browser runs.
 */
import { classOf } from "./classes";
import { contentLicense, siteName } from "./site";

interface Input {
  code: number;
  title: string;
  summary: string;
  spec?: { url: string } | undefined;
  /** Absolute URLs of the home page, the class page, this page and its card. */
  home: string;
  classPage: string;
  page: string;
  image: string;
}

export function codePageData({ code, title, summary, spec, home, classPage, page, image }: Input) {
  const statusClass = classOf(code);
  const trail = [
    { name: "Home", item: home },
    { name: `${statusClass.id} ${statusClass.name}`, item: classPage },
    { name: `${code} ${title}`, item: page },
  ];
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "TechArticle",
        "@id": `${page}#article`,
        headline: `${code} ${title}`,
        description: summary,
        url: page,
        mainEntityOfPage: page,
        image,
        inLanguage: "en",
        license: contentLicense.url,
        ...(spec ? { citation: spec.url } : {}),
        isPartOf: { "@type": "WebSite", name: siteName, url: home },
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: trail.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, ...crumb })),
      },
    ],
  };
}

/** JSON for inside a `<script>` element: `<` escaped, so no text can close the element early. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll("<", "\\u003c");
