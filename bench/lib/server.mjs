// A static server on 127.0.0.1 for the benchmark: the built dist/, the two peers' dist files,
// and bench/ itself, plus generated pages. Files are sent uncompressed with `no-store`; what they
// would weigh on the wire (gzip -9, brotli) is computed by bytes.mjs from the same bodies.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES as TYPES } from '../../scripts/content-types.mjs';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Only these folders are served: anything else is a 404 (and a failed check). */
const ALLOWED = ['dist/', 'locales/', 'bench/', 'node_modules/vanilla-cookieconsent/dist/', 'node_modules/orejime/dist/'];

/**
 * Start the server. `generated` maps a path (e.g. `/bench/gen/vanilla-config.js`) to a body
 * string; generated paths win over files. With `compress`, bodies go gzip-compressed (level 9) to
 * clients that accept it, as a production server sends them (for Lighthouse's simulated network).
 */
export async function startServer(generated = new Map(), { compress = false } = {}) {
  const gzipped = new Map();
  /** Body and type for a URL path, or null. Cached: the files do not change during a run. */
  const cache = new Map();
  const resolve = (path) => {
    if (cache.has(path)) return cache.get(path);
    let found = null;
    if (generated.has(path)) {
      found = { body: Buffer.from(generated.get(path)), type: TYPES[extname(path)] ?? 'text/plain' };
    } else {
      const rel = path.replace(/^\/+/, '');
      const file = normalize(join(ROOT, rel));
      if (file.startsWith(ROOT) && !file.slice(ROOT.length).split(sep).includes('..') && ALLOWED.some((a) => rel.startsWith(a))) {
        try {
          if (statSync(file).isFile()) found = { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
        } catch {
          found = null;
        }
      }
    }
    cache.set(path, found);
    return found;
  };

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const hit = resolve(path);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    if (compress && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(hit.body, { level: 9 }));
      const body = gzipped.get(path);
      res.writeHead(200, { 'content-type': hit.type, 'content-length': body.length, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length, 'cache-control': 'no-store' });
    res.end(hit.body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** The body served for a path (Buffer), or null. */
    body: (path) => resolve(path)?.body ?? null,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
