import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { highlightCodeBlock, highlightHttp } from "../../src/lib/http-highlight";

describe("highlightHttp", () => {
  test("marks the request line, headers, the status line and a body", () => {
    const exchange = [
      "POST /api/orders HTTP/1.1",
      "Content-Type: application/json",
      "",
      "{&quot;item&quot;: &quot;A-100&quot;}",
      "",
      "HTTP/1.1 422 Unprocessable Content",
      "Content-Type:application/problem+json",
    ].join("\n");
    expect(highlightHttp(exchange).split("\n")).toEqual([
      '<span class="hl-method">POST</span> <span class="hl-target">/api/orders</span> <span class="hl-version">HTTP/1.1</span>',
      '<span class="hl-name">Content-Type</span>: <span class="hl-value">application/json</span>',
      "",
      '<span class="hl-body">{&quot;item&quot;: &quot;A-100&quot;}</span>',
      "",
      '<span class="hl-version">HTTP/1.1</span> <span class="hl-status c4">422</span> <span class="hl-reason">Unprocessable Content</span>',
      '<span class="hl-name">Content-Type</span>:<span class="hl-value">application/problem+json</span>',
    ]);
  });

  test("interim responses each start a new message, and a status line may lack a reason", () => {
    const lines = highlightHttp("HTTP/1.1 100 Continue\n\nHTTP/2 201\nLocation: /b").split("\n");
    expect(lines[0]).toContain('<span class="hl-status c1">100</span> <span class="hl-reason">Continue</span>');
    expect(lines[2]).toBe('<span class="hl-version">HTTP/2</span> <span class="hl-status c2">201</span>');
    expect(lines[3]).toContain('<span class="hl-name">Location</span>');
  });

  test("body lines that look like headers or start lines stay body", () => {
    const lines = highlightHttp(
      "HTTP/1.1 207 Multi-Status\n\n&lt;D:status&gt;HTTP/1.1 200 OK&lt;/D:status&gt;\nkey: value\nHTTP/1.1 200 OK",
    ).split("\n");
    expect(lines.slice(2).every((line) => line.startsWith('<span class="hl-body">'))).toBe(true);
  });

  test("keeps every character of the input", () => {
    const text = "GET / HTTP/1.1\nHost: a.example\nX-Note:  two  spaces \n\nHTTP/1.1 204 No Content\n";
    expect(highlightHttp(text).replace(/<[^>]+>/g, "")).toBe(text);
  });
});

describe("highlightCodeBlock", () => {
  test("highlights an http block and leaves other languages alone", () => {
    expect(highlightCodeBlock('<code class="language-http">GET / HTTP/1.1</code>')).toContain("hl-method");
    const nginx = '<code class="language-nginx">return 444;</code>';
    expect(highlightCodeBlock(nginx)).toBe(nginx);
  });

  test("leaves a block that already holds markup alone", () => {
    const marked = '<code class="language-http"><span>GET</span> / HTTP/1.1</code>';
    expect(highlightCodeBlock(marked)).toBe(marked);
  });
});

test("every example exchange in the content starts with a request or status line and loses no text", () => {
  const dir = new URL("../../content/codes/", import.meta.url);
  let blocks = 0;
  for (const file of readdirSync(dir)) {
    const source = readFileSync(new URL(file, dir), "utf8");
    for (const [, body] of source.matchAll(/```http\n([\s\S]*?)```/g)) {
      blocks++;
      // As the Markdown processor hands it over: escaped.
      const escaped = body!.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const html = highlightHttp(escaped);
      expect(html.replace(/<[^>]+>/g, ""), file).toBe(escaped);
      expect(html, file).toMatch(/^<span class="hl-(method|version)">/);
    }
  }
  expect(blocks).toBeGreaterThan(50);
});
