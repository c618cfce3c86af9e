/**
 * The Content-Security-Policy of every page. public/_headers repeats it for
 * hosts that read that file; a test checks that the two agree.
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
