import { writeFileSync } from "node:fs";
import type { AstroIntegration } from "astro";
import { headersFile } from "../lib/headers";

/** Writes the host's `_headers` file into the build, with its paths under the configured base. */
export default function hostHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "host-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        writeFileSync(new URL("_headers", dir), headersFile(base));
      },
    },
  };
}
