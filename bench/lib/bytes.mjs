// What files weigh on the wire: raw, gzip (level 9) and brotli (quality 11), computed here from the
// bodies the server sends, so the figures do not depend on the server's own compression.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cache = new Map();

/** Sizes of one body. */
export function sizes(key, body) {
  if (!cache.has(key)) {
    cache.set(key, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    });
  }
  return cache.get(key);
}

/** Sum of sizes. */
export function total(list) {
  return list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}
