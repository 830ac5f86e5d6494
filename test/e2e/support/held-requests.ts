// Requests for one file that the test server holds back until the test lets them through: how a
// test puts a slow download exactly where it wants it.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { CONTENT_TYPES } from '../../../scripts/content-types.mjs';
import { ROOT, type TestServer } from './server';

/** The held requests for one file. */
export interface HeldRequests {
  /** Hold back every request for the file from now until `release()`. */
  hold(): void;
  /** How many requests wait. */
  readonly count: number;
  /** Answer every waiting request with the file, and stop holding. */
  release(): void;
}

/** Let `server` hold back requests for the file at `path` (e.g. `/dist/kelisim-extras.js`) when asked to. */
export function holdRequests(server: TestServer, path: string): HeldRequests {
  let holding = false;
  const held: ServerResponse[] = [];
  server.handle((req, res) => (holding && req.url?.startsWith(path) ? void held.push(res) : false));
  return {
    hold: () => void (holding = true),
    get count() {
      return held.length;
    },
    release() {
      holding = false;
      for (const res of held.splice(0)) {
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(readFileSync(`${ROOT}${path.slice(1)}`));
      }
    },
  };
}
