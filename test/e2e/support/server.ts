import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: static files are served from here (`/dist/…`, `/test/fixtures/…`). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

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

/** Start a server for pages, the built dist/ files and fixtures; `127.0.0.1` only. */
export async function startServer(): Promise<TestServer> {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    page: (path, body, headers = {}) => void pages.set(path, { body, headers }),
    handle: (handler) => void handlers.push(handler),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
