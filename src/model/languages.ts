import type { Language } from "../content/schema";

/** How each language names a status code constant, for display. */
export const languageInfo: Record<Language, { label: string; format: (name: string) => string }> = {
  node: { label: "Node.js", format: (n) => `http2.constants.${n}` },
  python: { label: "Python", format: (n) => `HTTPStatus.${n}` },
  go: { label: "Go", format: (n) => `http.${n}` },
  java: { label: "Java", format: (n) => `HttpURLConnection.${n}` },
  dotnet: { label: ".NET", format: (n) => `HttpStatusCode.${n}` },
  rust: { label: "Rust", format: (n) => `StatusCode::${n}` },
  rails: { label: "Ruby on Rails (Rack)", format: (n) => n },
  symfony: { label: "PHP (Symfony)", format: (n) => `Response::${n}` },
  // C macros from winhttp.h: bare names, as Windows code writes them.
  winhttp: { label: "Windows (WinHTTP)", format: (n) => n },
};
