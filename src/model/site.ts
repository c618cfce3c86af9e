/** The site's name, as the header, titles, the manifest and the OpenSearch description show it. */
export const siteName = "HTTP Status Codes";

/** What the site is, in one sentence: the home page's description and its preview card. */
export const siteDescription =
  "Every HTTP response status code explained: meaning, when to send it, what to do when you get it, and its constant in your language.";

/** The licence of the site's text and data (LICENSE); /codes.json and every footer state it. */
export const contentLicense = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  short: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** The licence of the site's source code (LICENSE). */
export const codeLicense = { id: "MIT", name: "MIT License" } as const;
