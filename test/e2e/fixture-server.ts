import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves test pages as if from qq.com hosts. Chromium reaches it through
 * --host-resolver-rules (Host header), Firefox through an HTTP proxy (absolute request URI).
 */
export async function startFixtureServer(pages: Map<string, string>): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const key = `${url.hostname}${url.pathname}`;
    const page = pages.get(key);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
