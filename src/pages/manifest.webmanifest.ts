import { siteName } from "../model/site";
import { url } from "../lib/urls";

/** The web app manifest, so the reference can be installed and opened offline like an app. */
export const GET = () =>
  Response.json({
    name: siteName,
    short_name: "HTTP Status",
    description: "Every HTTP response status code explained.",
    start_url: url(),
    scope: url(),
    display: "standalone",
    background_color: "#fbfbfa",
    theme_color: "#1a4fc4",
    icons: [
      { src: url("icon-192.png"), sizes: "192x192", type: "image/png" },
      { src: url("icon-512.png"), sizes: "512x512", type: "image/png" },
      { src: url("favicon.svg"), sizes: "any", type: "image/svg+xml" },
    ],
  });
