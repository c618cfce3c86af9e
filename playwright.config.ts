import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

/**
 * Tests run against the built site in dist/, served like a plain static host.
 * `npm test` builds first; BASE_PATH must match the build's.
 */
const port = Number(process.env.PORT ?? 4321);
const base = `/${(process.env.BASE_PATH ?? "").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

/** Playwright's own Chromium where it is installed, else the system's (Debian's `chromium`). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      return execSync(`command -v ${name}`, { encoding: "utf8" }).trim();
    } catch {
      // try the next name
    }
  }
  return undefined;
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Two workers keep both cores busy on CI machines.
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: process.env.CI ? [["list"], ["github"]] : "list",
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    trace: "off",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Keep the browser off the network: these machines reach nothing outside.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/serve.mjs",
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port), BASE_PATH: base },
  },
});
