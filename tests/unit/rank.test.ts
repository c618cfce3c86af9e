import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  clean,
  constantCore,
  distance,
  fullTextWords,
  indexedMessage,
  plain,
  prepare,
  rank,
  squash,
  stem,
  terms,
  words,
  type CodeData,
  type IndexData,
} from "../../src/lib/rank";

/**
 * A small index shaped like the built one: a few codes as their pages describe
 * them, the classes, two comparison pages and the guide. The messages are real
 * ones, quoted with their sources in tests/fixtures/search/messages.json.
 */
const messages: { code: number; software: string; text: string }[] = JSON.parse(
  readFileSync(new URL("../fixtures/search/messages.json", import.meta.url), "utf8"),
);

const code = (n: number, t: string, s: string, a: string[] = [], l: string[] = [], u = false): CodeData => {
  const mine = messages.filter((m) => m.code === n);
  const software = [...new Set(mine.map((m) => m.software))];
  return {
    n,
    t,
    s,
    ...(u ? { u: 1 as const } : {}),
    a,
    l,
    m: software.map((name) => [name, ...mine.filter((m) => m.software === name).map((m) => m.text)]),
  };
};

const data: IndexData = {
  c: [
    code(100, "Continue", "The server has the request headers and the client can send the body.", ["interim response"]),
    code(101, "Switching Protocols", "The server switches to the protocol the client asked for in Upgrade."),
    code(200, "OK", "The request succeeded and the response carries the result.", ["success"]),
    code(201, "Created", "The request created a new resource, named in Location.", ["StatusCreated"]),
    code(
      204,
      "No Content",
      "The request succeeded and the response has no body.",
      ["StatusNoContent"],
      ["A 204 with a body"],
    ),
    code(301, "Moved Permanently", "The resource has moved for good to the URI in Location.", [
      "ERR_TOO_MANY_REDIRECTS",
    ]),
    code(302, "Found", "The resource is for now at another URI.", ["Moved Temporarily", "HTTP_MOVED_TEMP"]),
    code(307, "Temporary Redirect", "The resource is for now at another URI; repeat the same method there."),
    code(308, "Permanent Redirect", "The resource has moved for good; repeat the same method there."),
    code(400, "Bad Request", "The server will not process the request because of a client error such as bad syntax.", [
      "malformed request",
    ]),
    code(
      401,
      "Unauthorized",
      "The request lacks valid credentials; the challenge says how to authenticate.",
      ["login required", "invalid token"],
      ["Browsers and login dialogs"],
    ),
    code(403, "Forbidden", "The server understood the request and refuses to carry it out.", [
      "access denied",
      "permission denied",
    ]),
    code(404, "Not Found", "The server has nothing at this URI.", ["HTTPStatus.NOT_FOUND"]),
    code(405, "Method Not Allowed", "The resource does not support the request's method.", ["HTTP_BAD_METHOD"]),
    code(409, "Conflict", "The request conflicts with the current state of the resource.", ["already exists"]),
    code(
      499,
      "Client Closed Request",
      "nginx logs it when the client closes the connection before the response is sent.",
      ["client disconnected"],
      [],
      true,
    ),
    code(411, "Length Required", "The server refuses a request whose content has no defined length.", [
      "Content-Length",
    ]),
    code(413, "Content Too Large", "The request content is larger than the server will accept.", [
      "Payload Too Large",
      "Request Entity Too Large",
    ]),
    code(422, "Unprocessable Content", "The content parses, but its instructions cannot be carried out.", [
      "Unprocessable Entity",
    ]),
    code(429, "Too Many Requests", "The client sent too many requests in a given time and exceeded a rate limit.", [
      "rate limit",
      "StatusTooManyRequests",
    ]),
    code(
      499,
      "Client Closed Request",
      "nginx logs this when the client closed the connection first.",
      ["nginx"],
      [],
      true,
    ),
    code(500, "Internal Server Error", "The server met an unexpected condition.", []),
    code(502, "Bad Gateway", "A gateway got an invalid response from the upstream server.", [
      "HttpStatusCode.BadGateway",
    ]),
    code(503, "Service Unavailable", "The server cannot handle the request now: overload or maintenance.", [
      "maintenance",
    ]),
    code(504, "Gateway Timeout", "A gateway did not get a response from the upstream server in time.", []),
  ],
  k: [
    { d: 1, t: "Informational", s: "An interim answer.", a: ["informational responses", "interim responses"] },
    { d: 2, t: "Successful", s: "The request was accepted.", a: ["success codes"] },
    { d: 3, t: "Redirection", s: "The client has to take another step.", a: ["redirects"] },
    { d: 4, t: "Client Error", s: "The request is at fault.", a: ["client errors"] },
    { d: 5, t: "Server Error", s: "The server failed.", a: ["server errors"] },
  ],
  v: [
    { p: "400-vs-422", t: "400 vs 422", s: "When to reject a request with 400 and when with 422.", n: [400, 422] },
    {
      p: "401-vs-403-vs-404",
      t: "401 vs 403 vs 404",
      s: "Not signed in, not allowed, or not there.",
      n: [401, 403, 404],
    },
  ],
  g: [
    { p: "codes/", b: "Index", t: "All status codes", s: "Every code, grouped by class.", a: ["status code classes"] },
    { p: "guide/", b: "Guide", t: "Which status code should I send?", s: "Answer a few questions and get the code." },
  ],
};
const index = prepare(data);
/** The shared index with more code pages. */
const withPages = (...pages: CodeData[]) => prepare({ ...data, c: [...data.c, ...pages] });
const paths = (query: string) => rank(query, index).map((r) => r.doc.path);
const first = (query: string) => paths(query)[0];

describe("text helpers", () => {
  test("squash and words ignore case and punctuation", () => {
    expect(squash("HttpStatusCode.BadGateway")).toBe(squash("httpstatuscode badgateway"));
    expect(words("Too-Many Requests!")).toEqual(["too", "many", "requests"]);
  });

  test("plain words are rewritten to the words the pages use", () => {
    expect(words(plain("the backend takes too long"))).toEqual(["the", "backend", "timeout"]);
    expect(words(plain("the request hangs"))).toEqual(["the", "request", "timeout"]);
    expect(words(plain("the client hangs up"))).toEqual(["the", "client", "disconnected"]);
    expect(words(plain("Content-Length header is missing"))).toEqual(["content", "length", "header", "required"]);
    expect(words(plain("DELETE is not supported here"))).toEqual(["delete", "method", "not", "allowed", "here"]);
    expect(words(plain("the user isn't logged in"))).toEqual(["the", "user", "is", "unauthenticated"]);
    // A phrase in a pasted message is rewritten too; messages are matched by the words as typed.
    expect(plain("upstream timed out")).toContain("timeout");
    expect(plain("Too Many Requests")).toBe("Too Many Requests");
    expect(words(plain("uploading a 20 MB file"))).toEqual(["uploading", "a", "large", "file"]);
    expect(words(plain("errors during the outage"))).toContain("unavailable");
    expect(words(plain("moved forever"))).toEqual(["moved", "permanently"]);
    expect(words(plain("the page loads forever"))).toEqual(["the", "page", "timeout"]);
    expect(words(plain("an export that takes over 100 seconds"))).toEqual(["an", "export", "that", "timeout"]);
    expect(plain("Firefox asks to resend form data")).toContain("duplicate form submission");
    expect(plain("browsers keep going to the old page")).toContain("redirect will not go away");
    expect(words(plain("authenticated but unauthorized"))).toEqual(["forbidden", "permission"]);
    expect(words(plain("the api only returns JSON"))).toEqual(["the", "api", "not", "acceptable"]);
    expect(words(plain("it doesn't support this feature"))).toEqual(["it", "not", "implemented"]);
  });

  test('contractions keep their negation, so "isn\'t supported" reads as "not supported"', () => {
    expect(words("isn't supported")).toEqual(["is", "not", "supported"]);
    expect(words("You don’t have permission")).toEqual(["you", "do", "not", "have", "permission"]);
    expect(words("can't connect, won't load")).toEqual(["can", "not", "connect", "will", "not", "load"]);
    expect(words("the server's answer")).toEqual(["the", "server", "answer"]);
  });

  test("terms drop stop words and status numbers and stem the rest", () => {
    expect(terms("Can a 204 have a body?")).toEqual([stem("have"), "body"]);
    expect(terms("redirects")).toEqual(terms("redirect"));
    expect(stem("limiting")).toBe(stem("limit"));
    expect(stem("errors")).toBe(stem("error"));
    expect(stem("temporarily")).toBe(stem("temporary"));
    expect(stem("permanently")).toBe(stem("permanent"));
    expect(stem("spring")).toBe("spring");
    expect(stem("caching")).toBe(stem("cache"));
  });

  test.each([
    ["forbidden", "forbidden", 0],
    ["forbiden", "forbidden", 1],
    ["unauthroized", "unauthorized", 1],
    ["abc", "xyz", 3],
  ])("distance(%j, %j) is %i", (a, b, d) => {
    expect(distance(a, b, 3)).toBe(d);
  });

  test("distance stops early past its limit", () => {
    expect(distance("a", "abcdefgh", 2)).toBe(3);
  });

  test("CORS is no plural of core; successful is success", () => {
    expect(stem("cors")).not.toBe(stem("core"));
    expect(stem("successful")).toBe(stem("success"));
  });

  test("a constant's prefix falls away", () => {
    for (const name of ["HTTP_STATUS_NOT_FOUND", "StatusNotFound", ":not_found", "NOT_FOUND"]) {
      expect(constantCore(name)).toBe("notfound");
    }
  });

  test("clean removes what changes from one log line to the next", () => {
    const line =
      '2024/05/01 12:00:01 [error] 1234#1234: *5678 upstream timed out (110: Connection timed out), client: 10.0.0.1, request: "GET /api/v1/items HTTP/1.1", upstream: "http://127.0.0.1:3000/api"';
    const kept = words(clean(line));
    // The field names "client:", "request:" and "upstream:" go with their values; the message's own words stay.
    for (const gone of [
      "2024",
      "1234",
      "5678",
      "110",
      "10",
      "127",
      "3000",
      "api",
      "v1",
      "items",
      "client",
      "request",
    ]) {
      expect(kept).not.toContain(gone);
    }
    expect(kept).toEqual(expect.arrayContaining(["upstream", "timed", "out", "connection"]));
    expect(words(clean('at=error code=H12 desc="Request timeout" method=POST'))).toEqual([
      "error",
      "h12",
      "request",
      "timeout",
      "post",
    ]);
    expect(words(clean("[proxy_http:error] [pid 18590] (103)Software caused connection abort"))).not.toContain("103");
    expect(words(clean("The remote server returned an error: (404) Not Found."))).toContain("404");
    // Structured logs keep only the message: neither the field names nor the level.
    for (const structured of [
      '{"level":"error","time":"2026-11-30T10:00:01.123Z","msg":"request entity too large","requestId":"c0ffee12"}',
      'time="2026-11-30T10:00:01Z" level=error msg="request entity too large" request_id=8f3a2c9d',
    ]) {
      expect(words(clean(structured))).toEqual(["request", "entity", "too", "large"]);
    }
    expect(words(clean("pid=404 port=502"))).toEqual([]);
    // A stack frame's line number is no status code.
    expect(words(clean("Connection reset at org.example.Client.fetch(Client.java:404)"))).toEqual([
      "connection",
      "reset",
    ]);
    expect(words(clean('File "/app/api/views.py", line 404, in get'))).toEqual(["in", "get"]);
    expect(words(clean("at handler (/app/src/server.js:404:12)"))).toEqual(["at", "handler"]);
    expect(words(clean("Could not find file 'C:\\inetpub\\wwwroot\\web.config'"))).toEqual([
      "could",
      "not",
      "find",
      "file",
    ]);
    // So do the level and logger of Python's and Spring Boot's log lines.
    expect(words(clean("WARNING:django.request:Forbidden (CSRF cookie not set.): /api/login/"))).toEqual([
      "forbidden",
      "csrf",
      "cookie",
      "not",
      "set",
    ]);
    const spring =
      "2026-11-30T10:00:01.123Z  WARN 1234 --- [nio-8080-exec-1] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'POST' is not supported]";
    for (const gone of ["warn", "1234", "nio", "exec", "default", "resolver"])
      expect(words(clean(spring))).not.toContain(gone);
    expect(words(clean(spring))).toEqual(
      expect.arrayContaining(["resolved", "request", "method", "post", "supported"]),
    );
  });
});

describe("rank", () => {
  test.each([
    // numbers, also in context
    ["404", "codes/404/"],
    ["HTTP Error 502.5 - Process Failure", "codes/502/"],
    ["404.3", "codes/404/"],
    ["status 503 returned", "codes/503/"],
    ["HTTP/1.0 400", "codes/400/"],
    ["got a 429 from the api", "codes/429/"],
    // names, old names and typos
    ["not found", "codes/404/"],
    ["payload too large", "codes/413/"],
    ["422 Unprocessable Entity", "codes/422/"],
    ["forbiden", "codes/403/"],
    ["bad getaway", "codes/502/"],
    ["temprorary redirect", "codes/307/"],
    // constants, with or without the language's prefix
    ["HTTP_STATUS_NOT_FOUND", "codes/404/"],
    ["http.StatusTooManyRequests", "codes/429/"],
    ["httpstatuscode.badgateway", "codes/502/"],
    ["HttpURLConnection.HTTP_BAD_METHOD", "codes/405/"],
    // framework names and messages
    ["HttpRequestMethodNotSupportedException", "codes/405/"],
    ["ActiveRecord::RecordNotFound", "codes/404/"],
    ["org.springframework.web.HttpRequestMethodNotSupportedException", "codes/405/"],
    ['{"message":"Missing Authentication Token"}', "codes/403/"],
    ["Error 503 Backend fetch failed", "codes/503/"],
    // questions and symptoms: stop words do not drown the word that matters
    ["what status code for maintenance mode", "codes/503/"],
    ["what status code for rate limiting", "codes/429/"],
    ["can a 204 have a body", "codes/204/"],
    ["browser keeps showing a login popup", "codes/401/"],
    ["which status code should I send", "guide/"],
    // plain words for the pages' words: "takes too long" is a timeout, "is down" is unavailable
    ["the backend takes too long and the proxy gives up", "codes/504/"],
    ["the whole site is down", "codes/503/"],
    ["this page does not exist", "codes/404/"],
    ["PUT is not supported on this endpoint", "codes/405/"],
    ["the user isn't allowed to do this", "codes/403/"],
    ["logged in as admin and still refused", "codes/403/"],
    ["the client gives up before the answer comes", "codes/499/"],
    ["what code when the user must log in first", "codes/401/"],
    ["that username is already taken", "codes/409/"],
    ["upload refused, the Content-Length header is missing", "codes/411/"],
  ])("%j puts %s first", (query, path) => {
    expect(first(query)).toBe(path);
  });

  test("a pasted log line is matched by its stable words, not by the numbers in its noise", () => {
    const line =
      "2024/05/01 12:00:01 [error] 1234#1234: *5678 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.9, server: example.com";
    expect(first(line)).toBe("codes/504/");
    // 203 is part of the client's address and 104 an errno value: neither is a status code here.
    const reset =
      "recv() failed (104: Connection reset by peer), client: 203.0.113.9, no live upstreams while connecting to upstream";
    const ranked = rank(reset, index);
    expect(ranked[0]?.doc.path).toBe("codes/502/");
    expect(Math.max(...ranked.map((r) => r.score))).toBeLessThan(1000);
  });

  test("a code number in a message outweighs a message several codes print", () => {
    expect(first("AxiosError: Request failed with status code 401")).toBe("codes/401/");
    expect(first("requests.exceptions.HTTPError: 403 Client Error: Forbidden for url")).toBe("codes/403/");
  });

  test("a class by its digits, range or name puts the class page first, then its codes in order", () => {
    for (const query of ["3xx", "3XX redirects", "status codes 300-399", "300 range", "redirects"]) {
      expect(paths(query).slice(0, 5), query).toEqual([
        "codes/3xx/",
        "codes/301/",
        "codes/302/",
        "codes/307/",
        "codes/308/",
      ]);
    }
    expect(paths("client errors").slice(0, 3)).toEqual(["codes/4xx/", "codes/400/", "codes/401/"]);
    expect(first("1xx responses")).toBe("codes/1xx/");
    expect(first("interim responses")).toBe("codes/1xx/");
    expect(first("interim responses http")).toBe("codes/1xx/");
    expect(first("status codes between 100 and 199")).toBe("codes/1xx/");
    expect(first("difference between 400 and 404")).toBe("codes/400/");
    expect(first("server error codes")).toBe("codes/5xx/");
    // "side" is a word of a quoted message only (client-go's throttling line), so it does not hide the class's name.
    expect(first("server-side errors")).toBe("codes/5xx/");
    // Asked for as a list, or by the digit the codes start with.
    for (const query of ["client error codes list", "error codes starting with 4", "the 400s", "4** errors"]) {
      expect(first(query), query).toBe("codes/4xx/");
    }
    expect(first("types of redirects")).toBe("codes/3xx/");
    // Error codes on their own are both classes of errors; all the classes are the index.
    for (const query of ["http error codes list", "which status codes are errors"]) {
      expect(paths(query).slice(0, 2), query).toEqual(["codes/4xx/", "codes/5xx/"]);
    }
    expect(first("status code classes")).toBe("codes/");
    expect(first("413 error")).toBe("codes/413/");
    // The unofficial 499 comes after the registered client errors.
    expect(paths("4xx").indexOf("codes/499/")).toBeGreaterThan(paths("4xx").indexOf("codes/429/"));
  });

  test("two codes put the page that compares them first, then the codes in the query's order", () => {
    expect(paths("400 vs 422").slice(0, 3)).toEqual(["compare/400-vs-422/", "codes/400/", "codes/422/"]);
    expect(paths("403 or 401").slice(0, 3)).toEqual(["compare/401-vs-403-vs-404/", "codes/403/", "codes/401/"]);
    // Codes named by their names compare as well as numbers do.
    expect(paths("unauthorized vs forbidden").slice(0, 3)).toEqual([
      "compare/401-vs-403-vs-404/",
      "codes/401/",
      "codes/403/",
    ]);
    expect(first("difference between bad request and unprocessable content")).toBe("compare/400-vs-422/");
    // A side may leave out the word both share.
    expect(paths("permanent vs temporary redirect").slice(0, 2)).toEqual(["codes/308/", "codes/307/"]);
    // "And" joins two names only in a question about their difference.
    expect(first("bad request and unprocessable content")).not.toBe("compare/400-vs-422/");
    // One code is not a comparison.
    expect(first("status 401")).toBe("codes/401/");
  });

  test("the first code a query names comes first, and a name in it comes after the code", () => {
    expect(paths("got 307 instead of 200").slice(0, 2)).toEqual(["codes/307/", "codes/200/"]);
    expect(paths("200 but no content").slice(0, 2)).toEqual(["codes/200/", "codes/204/"]);
    // A reason phrase after its number is the same mention, and a page's own status line ("Bad Request (400)", a
    // Django message) is no message that names the page again.
    expect(paths("413 instead of 400 Bad Request").slice(0, 2)).toEqual(["codes/413/", "codes/400/"]);
  });

  test("a name inside a longer query counts, unless the query holds a message", () => {
    const named = prepare({
      c: [
        code(408, "Request Timeout", "The server timed out waiting for the request.", ["request timed out"]),
        code(503, "Service Unavailable", "The site is unavailable and shows a blank page.", []),
        code(521, "Web Server Is Down", "The origin refused the connection.", [], [], true),
      ],
      k: [],
      v: [],
      g: [],
    });
    expect(rank("the site shows a blank page saying web server is down", named)[0]?.doc.code).toBe(521);
    // Heroku's H12 line is a 503 message; the 408 name inside it does not outweigh the message.
    const line = 'heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/reports" service=30000ms';
    expect(rank(line, named)[0]?.doc.code).toBe(503);
  });

  /** What a page's messages add to its score for a query: the index against the same one without them. */
  const gain = (pages: IndexData, n: number, query: string) => {
    const score = (index: ReturnType<typeof prepare>) => rank(query, index).find((r) => r.doc.code === n)?.score ?? 0;
    return (
      score(prepare(pages)) - score(prepare({ ...pages, c: pages.c.map((c) => (c.n === n ? { ...c, m: [] } : c)) }))
    );
  };

  test("a message is read as a pasted line is, without its key=value field names", () => {
    // Heroku's message is "code=H10 desc="App crashed"": a query loses "code=" and "desc=" to `clean`, so must it.
    expect(gain(data, 503, 'code=H10 desc="App crashed"')).toBeGreaterThan(60);
  });

  test("a message that is a name in code matches as that name, not as words in a sentence", () => {
    // API Gateway's EXPIRED_TOKEN is a 403; "token expired" in prose is more likely a 401.
    expect(gain(data, 403, "EXPIRED_TOKEN")).toBeGreaterThan(30);
    expect(gain(data, 403, "api says token expired")).toBeLessThan(30);
  });

  test("a result carries the message the query holds whole, and only that", () => {
    const line =
      "2026/11/30 10:00:01 [error] 31#31: *7 upstream timed out (110: Connection timed out), client: 10.0.0.1";
    expect(rank(line, index)[0]?.message).toMatchObject({ software: "nginx", text: "upstream timed out" });
    expect(rank("the upstream is slow", index).every((r) => r.message === undefined)).toBe(true);
    // A message that says no more than the page's name is not what found it: API Gateway's {"message":"Not Found"}.
    expect(rank("not found", index)[0]?.message).toBeUndefined();
  });

  test("the index keeps of a message only what the ranking reads", () => {
    expect(indexedMessage("Bad Request (400)", 400, "Bad Request")).toBeUndefined();
    // Of a name in code, its last part; the whole qualified name, as a stack trace prints it, still finds the page.
    const qualified = "org.springframework.web.client.HttpServerErrorException$BadGateway";
    const kept = indexedMessage(qualified, 502, "Bad Gateway")!;
    expect(kept).toBe("HttpServerErrorException$BadGateway");
    const spring = prepare({
      ...data,
      c: data.c.map((c) => (c.n === 502 ? { ...c, m: [["Spring Framework", kept]] } : c)),
    });
    expect(rank(`${qualified} at com.example.Client.fetch(Client.java:42)`, spring)[0]?.message?.text).toBe(kept);
    const long = Array.from({ length: 25 }, (_, i) => `word${i}`).join(" ");
    expect(indexedMessage(long, 500, "Internal Server Error")).toBe(`${long.split(" ").slice(0, 20).join(" ")} …`);
  });

  test("npm's error codes name their status; a number inside a word does not", () => {
    expect(first("npm error code E429")).toBe("codes/429/");
    expect(paths("model x404 manual")).not.toContain("codes/404/");
  });

  test("a message that names its code matches only a line that names it too", () => {
    // Fastly's "Error 503 backend read error": a line with its words but not its number gains nothing from it.
    expect(gain(data, 503, "varnish backend read error on /api")).toBeLessThan(30);
    expect(gain(data, 503, "Error 503 backend read error")).toBeGreaterThan(60);
    // A page's own status line, framed as it may be ("Error 525: SSL handshake failed"), is no message to match.
    const cloudflare = {
      ...data,
      c: [...data.c, code(525, "SSL Handshake Failed", "Cloudflare's TLS handshake failed.")],
    };
    expect(gain(cloudflare, 525, "Error 525: SSL handshake failed")).toBe(0);
  });

  test("a number inside another page's message is that message's, not the code the line is about", () => {
    const nginx = withPages(
      code(497, "HTTP Request Sent to HTTPS Port", "nginx's own code for plain HTTP on an HTTPS port."),
    );
    // nginx answers 400 and prints this page; 497 is the page that explains it, and 400 is still listed.
    const line = "400 Bad Request The plain HTTP request was sent to HTTPS port nginx/1.27.4";
    expect(rank(line, nginx)[0]?.doc.code).toBe(497);
    expect(rank(line, nginx).map((r) => r.doc.code)).toContain(400);
    // Without the message, the number still names its code.
    expect(rank("400 Bad Request nginx/1.27.4", nginx)[0]?.doc.code).toBe(400);
    // A code a message names but the line does not loses nothing: it had no number's weight to lose.
    expect(rank("Error 502 bad gateway or error gateway timeout", nginx).map((r) => r.doc.code)).toContain(504);
  });

  test("a number followed by a unit is not a status code", () => {
    expect(paths("wait 100 seconds")).not.toContain("codes/100/");
    expect(paths("a 301 KB page")).not.toContain("codes/301/");
  });

  test("the last word of a query being typed matches as a prefix", () => {
    expect(first("too man")).toBe("codes/429/");
    expect(first("gateway ti")).toBe("codes/504/");
  });

  test("a header field a query names finds the pages that list it, though its stop words leave one word", () => {
    const fields = prepare({
      c: [
        code(429, "Too Many Requests", "Too many requests in a given time.", ["Retry-After"]),
        code(449, "Retry With", "A WebDAV extension: retry with an Ms-Echo-Reply header.", [], [], true),
        code(503, "Service Unavailable", "The server cannot handle the request now.", ["Retry-After"]),
      ],
      k: [],
      v: [],
      g: [],
    });
    for (const query of ["retry after", "Retry-After header"]) {
      expect(
        rank(query, fields)
          .slice(0, 2)
          .map((r) => r.doc.code)
          .sort(),
        query,
      ).toEqual([429, 503]);
    }
  });

  test("treats any input as text and answers nothing for blank or unknown queries", () => {
    expect(rank("   ", index)).toEqual([]);
    expect(() => rank("<img src=x onerror=alert(1)>", index)).not.toThrow();
    expect(() => rank("a".repeat(5000), index)).not.toThrow();
    expect(rank("zzzzqqqq", index)).toEqual([]);
  });
});

describe("words in a row", () => {
  test("count as a phrase where a page has them in a row", () => {
    // Both pages have the same words with the same weights; only 302 has "redirect loop" in a row.
    const small = prepare({
      c: [
        { n: 301, t: "Moved Permanently", s: "The resource moved for good.", l: ["Loops that redirect after login"] },
        { n: 302, t: "Found", s: "The resource is for now elsewhere.", l: ["Redirect loops after login"] },
      ],
      k: [],
      v: [],
      g: [],
    });
    expect(rank("browser stuck in a redirect loop", small)[0]?.doc.code).toBe(302);
  });
});

describe("words inside messages", () => {
  test("do not earn a page the bonus for matching every word of the query", () => {
    // Page 499 holds both words only inside quoted messages it does not match whole; page 498 is named by one.
    const small = prepare({
      c: [
        { n: 200, t: "OK", s: "The request succeeded." },
        { n: 498, t: "Invalid Token", s: "The token is expired or otherwise invalid." },
        {
          n: 499,
          t: "Client Closed Request",
          s: "The client went away.",
          m: [["Some proxy", "missing key", "token refresh loop detected by the gateway module"]],
        },
      ],
      k: [],
      v: [],
      g: [],
    });
    expect(rank("missing token", small)[0]?.doc.code).toBe(498);
  });

  test("a status line counts only with its number, and its phrase alone is a name", () => {
    const small = prepare({
      c: [
        { n: 200, t: "OK", s: "The request succeeded." },
        { n: 404, t: "Not Found", s: "Nothing at this URI." },
        { n: 500, t: "Internal Server Error", s: "The server failed." },
        {
          n: 408,
          t: "Request Timeout",
          s: "The client was too slow to send its request.",
          m: [["nginx", "408 Request Time-out"]],
        },
        {
          n: 524,
          t: "A Timeout Occurred",
          s: "The origin web server accepted the connection, then timed out responding.",
        },
      ],
      k: [],
      v: [],
      g: [],
    });
    // The words of "408 Request Time-out" are all in this line, but its number is not.
    expect(rank("origin timed out responding to this request", small)[0]?.doc.code).toBe(524);
    expect(rank("Request Time-out", small)[0]?.doc.code).toBe(408);
  });

  test("count less than words in what describes the page", () => {
    // Page 302 has every word of the query, but each only inside a message it does not match whole.
    const small = prepare({
      c: [
        { n: 410, t: "Gone", s: "The page was deleted on purpose and will not come back." },
        {
          n: 302,
          t: "Found",
          s: "The resource is for now at another URI.",
          m: [["Some CMS", "page cache warmed", "deleted rows purged", "search index rebuilt", "results flushed"]],
        },
      ],
      k: [],
      v: [],
      g: [],
    });
    expect(rank("deleted page still in search results", small)[0]?.doc.code).toBe(410);
  });
  test("a one-word name from code matches inside a pasted line; a plain word or a short one does not", () => {
    const small = prepare({
      c: [
        {
          n: 408,
          t: "Request Timeout",
          s: "The client was too slow: the context deadline for its request was exceeded.",
        },
        { n: 409, t: "Conflict", s: "The resource was modified since the client read it." },
        { n: 429, t: "Too Many Requests", s: "The client exceeded a rate limit." },
        {
          n: 504,
          t: "Gateway Timeout",
          s: "The gateway got no answer in time.",
          m: [["gRPC-Gateway", "codes.DeadlineExceeded"]],
        },
        { n: 404, t: "Not Found", s: "Nothing at this URI.", m: [["Django", "get_object_or_404"]] },
      ],
      k: [],
      v: [],
      g: [],
    });
    const first = (query: string) => rank(query, small)[0]?.doc.code;
    expect(first("register error:rpc error: code = DeadlineExceeded desc = context deadline exceeded")).toBe(504);
    // All that is left of get_object_or_404 is "object", too common a word to name a page by itself.
    expect(first("Operation cannot be fulfilled: the object has been modified")).toBe(409);
  });

  test("a qualified plain word from code is no name to match alone", () => {
    const small = prepare({
      c: [
        { n: 200, t: "OK", s: "The site loads the page: even a blank page saying little is a success." },
        {
          n: 503,
          t: "Service Unavailable",
          s: "The server cannot answer now.",
          m: [["gRPC-Gateway", "codes.Unavailable"]],
        },
        { n: 521, t: "Web Server Is Down", s: "The origin refused the proxy's connection.", u: 1 },
      ],
      k: [],
      v: [],
      g: [],
    });
    // "Server is down" reads as unavailable, which codes.Unavailable alone must not turn into a pasted 503 message.
    expect(rank("site loads a blank page saying web server is down", small)[0]?.doc.code).toBe(521);
  });

  test("a name from code matches however it is written: DEADLINE_EXCEEDED is codes.DeadlineExceeded", () => {
    expect(first("rpc failed: DEADLINE_EXCEEDED")).toBe("codes/504/");
    expect(first("StatusCode.DEADLINE_EXCEEDED")).toBe("codes/504/");
  });
});

describe("fullTextWords", () => {
  test("keeps the meaningful words, the rarest first, at most three, in the query's order", () => {
    expect(fullTextWords("teapot", index)).toEqual(["teapot"]);
    expect(fullTextWords("what is the retry after header", index)).toEqual(["retry", "header"]);
    expect(fullTextWords("the request with the upload body and the proxy", index)).toHaveLength(3);
  });

  test("leaves a long pasted line to the messages", () => {
    const line =
      "upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, server: example.com";
    expect(fullTextWords(line, index)).toEqual([]);
  });
});
