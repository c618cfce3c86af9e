/**
 * Build-time highlighting for the example exchanges in `http` code fences:
 * request and status lines, header names and values, and bodies, marked with
 * classes that global.css colours. It runs on the HTML the Markdown processor
 * already escaped, so no text is ever unescaped or re-escaped; entities such
 * as `&quot;` hold no spaces or colons, so splitting never cuts one.
 */

const requestLine = /^([A-Z][A-Z-]*) (\S+) (HTTP\/\d(?:\.\d)?)$/;
const statusLine = /^(HTTP\/\d(?:\.\d)?) ([1-5])(\d\d)(?: (.*))?$/;
const headerLine = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):(.*)$/;

const span = (kind: string, text: string) => (text ? `<span class="hl-${kind}">${text}</span>` : "");

/** One start line (request or status) as highlighted HTML, or undefined when the line is neither. */
function startLine(line: string): string | undefined {
  const request = requestLine.exec(line);
  if (request) {
    const [, method, target, version] = request as unknown as [string, string, string, string];
    return `${span("method", method)} ${span("target", target)} ${span("version", version)}`;
  }
  const status = statusLine.exec(line);
  if (status) {
    const [, version, digit, rest, reason = ""] = status as unknown as [string, string, string, string, string?];
    // The status code takes its class's colour, like every code number on the site.
    const code = `<span class="hl-status c${digit}">${digit}${rest}</span>`;
    return `${span("version", version)} ${code}${reason ? ` ${span("reason", reason)}` : ""}`;
  }
  return undefined;
}

/**
 * Highlights the text of an HTTP exchange: one or more messages, each a start
 * line, header lines, and after a blank line an optional body. A start line
 * after a blank line begins the next message.
 */
export function highlightHttp(escaped: string): string {
  let state: "start" | "headers" | "body" = "start";
  let previousBlank = true;
  const out = escaped.split("\n").map((line) => {
    const blank = line.trim() === "";
    const afterBlank = previousBlank;
    previousBlank = blank;
    if (blank) {
      if (state === "headers") state = "body";
      return line;
    }
    const start = state === "start" || afterBlank ? startLine(line) : undefined;
    if (start !== undefined) {
      state = "headers";
      return start;
    }
    // A fragment may start with header lines and no start line.
    if (state !== "body") {
      const header = headerLine.exec(line);
      if (header) {
        const [, name, value] = header as unknown as [string, string, string];
        const space = /^\s*/.exec(value)![0];
        state = "headers";
        return `${span("name", name)}:${space}${span("value", value.slice(space.length))}`;
      }
    }
    state = "body";
    return span("body", line);
  });
  return out.join("\n");
}

const httpBlock = /^<code class="language-http">([\s\S]*)<\/code>$/;

/**
 * Highlights a rendered code block's inner HTML when it is an `http` fence of
 * plain text; anything else comes back unchanged.
 */
export function highlightCodeBlock(html: string): string {
  const match = httpBlock.exec(html.trim());
  if (!match || match[1]!.includes("<")) return html;
  return `<code class="language-http">${highlightHttp(match[1]!)}</code>`;
}
