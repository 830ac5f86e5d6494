// The content types of the files the local servers send, shared by the real-browser tests'
// server (test/e2e/support/server.ts) and the bench's (bench/lib/server.mjs).

/** `content-type` by file extension (with the dot). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
