/**
 * The Content-Security-Policy of every page, in a <meta> tag and in the
 * headers the host sends (src/lib/headers.ts, docs/nginx.conf); tests check that they agree.
 * Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'; no inline script is allowed.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
