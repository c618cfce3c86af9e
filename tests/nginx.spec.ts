import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { headerRules } from "../src/lib/headers";
import { builtPages } from "./support";

/**
 * The README's nginx recipes (docs/nginx.conf, docs/nginx-subpath.conf) in a real
 * nginx, with only `root` and `listen` changed: the site must work as a user who
 * copies them gets it, headers included.
 */
const projectRoot = new URL("..", import.meta.url).pathname;
const nginx = spawnSync("nginx", ["-V"], { encoding: "utf8" });
const installed = nginx.status === 0;
// Where this nginx keeps mime.types, next to its own configuration file.
const confDir = dirname(/--conf-path=(\S+)/.exec(nginx.stderr ?? "")?.[1] ?? "/etc/nginx/nginx.conf");

test.skip(
  !installed && !process.env.CI,
  "nginx is not installed, so the recipe was not tried (apt-get install nginx-light); CI always runs this",
);

const variants = [
  { recipe: "docs/nginx.conf", base: "/", dist: "dist", port: 0 },
  { recipe: "docs/nginx-subpath.conf", base: "/http-status/", dist: "dist-subpath", port: 1 },
];

for (const variant of variants) {
  test.describe(`${variant.recipe} in a real nginx`, () => {
    const port = Number(process.env.TEST_PORT ?? 4321) + 10 + variant.port;
    const origin = `http://127.0.0.1:${port}`;
    const at = (path: string) => `${origin}${variant.base}${path}`;
    let server: ChildProcess | undefined;
    let dir = "";

    test.beforeAll(async () => {
      expect(installed, "nginx must be installed in CI (.ci/run installs nginx-light)").toBe(true);
      dir = mkdtempSync(join(tmpdir(), "nginx-"));
      // The sub-path recipe serves the folder above the site, as a user's copy in /srv/www/http-status/ would be.
      let root = join(projectRoot, variant.dist);
      if (variant.base !== "/") {
        symlinkSync(root, join(dir, variant.base.replaceAll("/", "")));
        root = dir;
      }
      const recipe = readFileSync(join(projectRoot, variant.recipe), "utf8");
      const site = recipe
        .replace(/^(\s*)listen \S+;/m, `$1listen 127.0.0.1:${port};`)
        .replace(/^(\s*)root \S+;/m, `$1root ${root};`);
      expect(site, "the recipe has one listen and one root line to change").not.toBe(recipe);
      writeFileSync(join(dir, "site.conf"), site);
      const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${dir}/${t};`);
      writeFileSync(
        join(dir, "nginx.conf"),
        [
          "daemon off;",
          "master_process off;",
          `pid ${dir}/nginx.pid;`,
          `error_log ${dir}/error.log;`,
          "events {}",
          `http { include ${confDir}/mime.types; access_log off; ${temp.join(" ")} include ${dir}/site.conf; }`,
        ].join("\n"),
      );
      server = spawn("nginx", ["-c", join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" });
      for (let i = 0; i < 50; i++) {
        const up = await fetch(at("")).then(
          () => true,
          () => false,
        );
        if (up) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`nginx did not start: ${readFileSync(join(dir, "error.log"), "utf8")}`);
    });

    test.afterAll(() => {
      server?.kill();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test("every page answers, and a code URL without its slash reaches the page", async ({ request }) => {
      for (const path of builtPages) expect((await request.get(at(path))).status(), path).toBe(200);
      const bare = await request.get(at("codes/404"), { maxRedirects: 0 });
      expect(bare.status()).toBe(301);
      expect(new URL(bare.headers()["location"]!, origin).pathname).toBe(`${variant.base}codes/404/`);
      const page = await request.get(at("codes/404"));
      expect(await page.text()).toContain("<h1");
      expect(new URL(page.url()).pathname).toBe(`${variant.base}codes/404/`);
    });

    test("a missing code gets the site's not-found page with status 404", async ({ request }) => {
      const missing = await request.get(at("codes/299/"));
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain("Page not found");
    });

    test("the headers of src/lib/headers.ts are really sent", async ({ request }) => {
      /** A real file for each rule's path pattern. */
      const samples: Record<string, string> = {
        "*": "codes/404/",
        "_astro/*": astroAsset(variant.dist),
        "sw.js": "sw.js",
        "codes.json": "codes.json",
        "codes.schema.json": "codes.schema.json",
        "codes.txt": "codes.txt",
        "codes/*": "codes/404.json",
      };
      for (const rule of headerRules(variant.base)) {
        const pattern = rule.path.slice(variant.base.length);
        const sample = samples[pattern];
        expect(sample, `a sample file for ${rule.path}`).toBeDefined();
        const response = await request.get(at(sample!), { maxRedirects: 0 });
        expect(response.status(), sample).toBe(200);
        for (const [name, value] of Object.entries(rule.headers)) {
          expect(response.headers()[name.toLowerCase()], `${name} on ${sample}`).toBe(value);
        }
      }
      // Only hashed assets are cached for good; a page must be revalidated to show a new build.
      const page = await request.get(at("codes/404/"));
      expect(page.headers()["cache-control"]).toBeUndefined();
    });
  });
}

/** Some hashed asset of a build, e.g. `_astro/Base.AbC123.css`. */
function astroAsset(dist: string): string {
  const html = readFileSync(join(projectRoot, dist, "codes/404/index.html"), "utf8");
  return /(_astro\/[^"]+\.css)"/.exec(html)![1]!;
}
