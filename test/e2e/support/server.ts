import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES as TYPES } from '../../../scripts/content-types.mjs';

/** The repository root: static files are served from here (`/dist/…`, `/test/fixtures/…`). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A route handler: answer the request, or return false to fall through to static files. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | void;

/** One request the server saw. */
export interface SeenRequest {
  method: string;
  url: string;
  host: string;
  body: string;
}

/** A local test server on 127.0.0.1. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request, in order. */
  requests: SeenRequest[];
  /** Serve `body` at `path` (exact path, query ignored). */
  page(path: string, body: string, headers?: Record<string, string>): void;
  /** Add a handler tried before pages and static files. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** A test server that does not listen yet: pages and handlers can be added at once. */
export interface IdleTestServer extends TestServer {
  /** Listen on a random port of 127.0.0.1; `origin` and `port` are known from then on. */
  listen(): Promise<void>;
}

/** Start a server for pages, the built dist/ files and fixtures; `127.0.0.1` only. */
export async function startServer(): Promise<TestServer> {
  const server = createTestServer();
  await server.listen();
  return server;
}

/** A server for pages, the built dist/ files and fixtures that listens (on `127.0.0.1` only) once `listen()` is called. */
export function createTestServer(): IdleTestServer {
  const pages = new Map<string, { body: string; headers: Record<string, string> }>();
  const handlers: Handler[] = [];
  const requests: SeenRequest[] = [];

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', host: req.headers.host ?? '', body });
      (req as IncomingMessage & { body?: string }).body = body;
      for (const handler of handlers) if (handler(req, res) !== false) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const page = pages.get(path);
      if (page) {
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store', ...page.headers });
        res.end(page.body);
        return;
      }
      const file = normalize(join(ROOT, path));
      if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    });
  });
  let port = 0;
  const listening = () => {
    if (!port) throw new Error('The test server does not listen yet: use it in a test or hook (useBrowserSession starts it in beforeAll).');
    return port;
  };
  return {
    get origin() {
      return `http://127.0.0.1:${listening()}`;
    },
    get port() {
      return listening();
    },
    requests,
    listen: () =>
      new Promise<void>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          port = (server.address() as AddressInfo).port;
          resolve();
        }),
      ),
    page: (path, body, headers = {}) => void pages.set(path, { body, headers }),
    handle: (handler) => void handlers.push(handler),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
