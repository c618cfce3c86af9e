/** URL extraction and checks behind `npm run check:sources` (scripts/lib/source-urls.mjs), against a server on loopback. */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkUrls, extractUrls } from "../../scripts/lib/source-urls.mjs";

const projectRoot = new URL("../..", import.meta.url).pathname;
const read = (path: string) => readFileSync(join(projectRoot, path), "utf8");

describe("source URLs", () => {
  test("are taken from links, YAML and JSON without the punctuation around them", () => {
    const text = [
      "See [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5).",
      "    url: https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx",
      '"source": "https://www.iana.org/assignments/http-status-codes/",',
      "(see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues)",
      "Again: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5, and <https://nginx.org/en/docs/>.",
    ].join("\n");
    expect(extractUrls(text)).toEqual([
      "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
      "https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx",
      "https://www.iana.org/assignments/http-status-codes/",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues",
      "https://nginx.org/en/docs/",
    ]);
  });

  test("leave out the example hosts of the sample exchanges", () => {
    expect(
      extractUrls(
        "Location: https://app.example.com/login and https://www.example/ and http://localhost:4321/ and https://x.test/",
      ),
    ).toEqual([]);
  });

  test("are found in the content, with the vendors' documents among them", () => {
    const urls = extractUrls(read("content/codes/530.mdx"));
    expect(urls).toContain(
      "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/",
    );
  });

  describe("checks", () => {
    let server: Server;
    let base = "";
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === "/ok") res.writeHead(200).end("ok");
        else if (req.url === "/moved") res.writeHead(301, { location: "/ok" }).end();
        else if (req.url === "/no-head") res.writeHead(req.method === "HEAD" ? 405 : 200).end();
        else if (req.url === "/slow") setTimeout(() => res.writeHead(200).end(), 3000);
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    test("report dead URLs and timeouts, and follow redirects", async () => {
      const results = await checkUrls(
        ["/ok", "/moved", "/no-head", "/gone", "/slow"].map((p) => base + p),
        { timeoutMs: 500, concurrency: 2 },
      );
      expect(results.map((r) => [r.url.slice(base.length), r.ok, r.status ?? r.error])).toEqual([
        ["/ok", true, 200],
        ["/moved", true, 200],
        ["/no-head", true, 200],
        ["/gone", false, 404],
        ["/slow", false, "no answer within 500 ms"],
      ]);
    });
  });
});
