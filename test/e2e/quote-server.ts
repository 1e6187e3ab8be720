import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGbk } from '../support/gbk';
import { QUOTE_LINES } from '../support/quote-lines';

export const QUOTE_HOST = 'qt.gtimg.cn';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** normal: the lines; slow: answers after 5 s (past the extension's 3 s timeout); fail: drops the connection; garbage: a body that is no quote. */
export type QuoteServerMode = 'normal' | 'slow' | 'fail' | 'garbage';

export interface QuoteServer {
  port: number;
  requests: RecordedRequest[];
  mode: QuoteServerMode;
  close(): Promise<void>;
}

/** A self-signed certificate for qt.gtimg.cn, made for this run (the browsers are told to accept it). */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'caizhu-quote-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${QUOTE_HOST}`, '-addext', `subjectAltName=DNS:${QUOTE_HOST}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LINES: Record<string, string> = Object.fromEntries(Object.entries(QUOTE_LINES).filter(([k]) => k !== 'none'));

/**
 * qt.gtimg.cn as the browsers meet it: HTTPS, `GET /q=code,code,…`, a GBK body of one `v_<code>="…";` line per code
 * in the service's real format (`v_pv_none_match="1";` for a code it does not know). Records every request.
 */
export async function startQuoteServer(): Promise<QuoteServer> {
  const requests: RecordedRequest[] = [];
  const state: { mode: QuoteServerMode } = { mode: 'normal' };
  const server: Server = createServer(certificate(), (req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers }, body });
      if (state.mode === 'fail') return void req.socket.destroy();
      const match = /^\/q=([A-Za-z0-9.,]+)$/.exec(req.url ?? '');
      const answer = () => {
        if (res.destroyed) return;
        const text =
          state.mode === 'garbage'
            ? '<html>502 Bad Gateway</html>'
            : match
              ? match[1].split(',').map((code) => LINES[code] ?? QUOTE_LINES.none).join('\n') + '\n'
              : QUOTE_LINES.none;
        res.writeHead(200, { 'content-type': 'text/html; charset=GBK', 'cache-control': 'no-cache' });
        res.end(Buffer.from(encodeGbk(text)));
      };
      if (state.mode === 'slow') setTimeout(answer, 5000);
      else answer();
    });
  });
  const sockets = new Set<{ destroy(): void }>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    get mode() {
      return state.mode;
    },
    set mode(mode: QuoteServerMode) {
      state.mode = mode;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
