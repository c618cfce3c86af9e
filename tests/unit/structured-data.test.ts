import { expect, test } from "vitest";
import { codePageData, scriptJson } from "../../src/model/structured-data";

/** Unit tests of the JSON-LD builder; the built pages are checked in tests/structured-data.spec.ts. */

const input = {
  code: 404,
  title: "Not Found",
  summary: "The server has no current representation of the requested resource.",
  spec: { url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5" },
  home: "https://status.example.org/",
  classPage: "https://status.example.org/codes/4xx/",
  page: "https://status.example.org/codes/404/",
  image: "https://status.example.org/cards/codes/404.png",
};

test("a code page is a TechArticle with a three-step breadcrumb trail", () => {
  const [article, breadcrumbs] = codePageData(input)["@graph"];
  expect(article).toMatchObject({ "@type": "TechArticle", headline: "404 Not Found", url: input.page });
  expect(article).toHaveProperty("citation", input.spec.url);
  expect(breadcrumbs).toEqual({
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Home", item: input.home },
      { "@type": "ListItem", position: 2, name: "4xx Client Error", item: input.classPage },
      { "@type": "ListItem", position: 3, name: "404 Not Found", item: input.page },
    ],
  });
  expect(codePageData({ ...input, spec: undefined })["@graph"][0]).not.toHaveProperty("citation");
});

test("JSON inside a script element cannot close it", () => {
  const json = scriptJson({ text: "</script><script>alert(1)</script>" });
  expect(json).not.toContain("<");
  expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script>" });
});
