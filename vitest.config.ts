/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * Unit tests for the pure modules (ranking, URLs, schema rules, the guide tree,
 * derived data), with Astro's Vite config so `import.meta.env` and the content
 * schema resolve as they do in the build. Browser tests are Playwright's (tests/*.spec.ts).
 */
export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
  },
});
