import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./scripts/chromium.mjs";

/**
 * Tests run against the built site, served like a plain static host: dist/ at
 * the root (port 4321), and dist-subpath/ built with BASE_PATH=/http-status/
 * (port 4322), as a site hosted under a sub-path. `npm test` builds both first.
 * TEST_PORT moves both, so two checkouts can run their tests side by side.
 */
const port = Number(process.env.TEST_PORT ?? 4321);
const root = { port, base: "/", dist: "dist" };
const subpath = { port: port + 1, base: "/http-status/", dist: "dist-subpath" };
const origin = ({ port, base }: typeof root) => `http://localhost:${port}${base}`;

export default defineConfig({
  testDir: "tests",
  // Browser tests only; tests/unit/*.test.ts are Vitest's.
  testMatch: "*.spec.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Playwright's default is half the cores: one worker on a 2-core machine,
  // which leaves a core idle while a page loads or axe runs.
  workers: "100%",
  reporter: process.env.CI ? [["list"], ["github"]] : "list",
  timeout: 60_000,
  use: {
    trace: "off",
    // Every page registers the offline worker, which then fetches the site's
    // shell: work that only the offline and budget tests are about (they allow it).
    serviceWorkers: "block",
    launchOptions: launchOptions(),
  },
  projects: [
    { name: "root", use: { ...devices["Desktop Chrome"], baseURL: origin(root) } },
    {
      // Under a sub-path, everything that builds or resolves URLs must still work.
      name: "subpath",
      testMatch: /(links|not-found|search|offline|pages|cards|structured-data)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: origin(subpath) },
    },
  ],
  webServer: [root, subpath].map((server) => ({
    command: "node scripts/serve.mjs",
    url: origin(server),
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(server.port), BASE_PATH: server.base, DIST: server.dist },
  })),
});
