import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves test pages as if from qq.com hosts. Chromium reaches it through
 * --host-resolver-rules (Host header), Firefox through an HTTP proxy (absolute request URI). As Firefox's HTTPS
 * proxy it tunnels qt.gtimg.cn to the quote server (`tunnels`: host:port → local port) and refuses any other tunnel.
 */
export async function startFixtureServer(pages: Map<string, string>, tunnels: Record<string, number> = {}): Promise<FixtureServer> {
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
  const openTunnels = new Set<{ destroy(): void }>();
  server.on('connect', (req, socket, head) => {
    const port = tunnels[req.url ?? ''];
    if (!port) return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    openTunnels.add(socket).add(upstream);
    socket.on('close', () => openTunnels.delete(socket));
    upstream.on('close', () => openTunnels.delete(upstream));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const s of openTunnels) s.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
