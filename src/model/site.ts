/** The site's name, as the header, titles, the manifest and the OpenSearch description show it. */
export const siteName = "HTTP Status Codes";
