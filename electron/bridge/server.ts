import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode, WireResult } from '../../shared/errors';
import type { CoreHost } from '../core/host';
import { readStatic } from './static-files';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const MAX_BODY = 5 * 1024 * 1024;

export interface BridgeOptions {
  core: Pick<CoreHost, 'call' | 'on'>;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, messageKey: string): void {
  const body: WireResult<never> = { ok: false, error: { code, messageKey } };
  sendJson(res, status, body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode: the core behind HTTP on 127.0.0.1 only. Static files are public (they are the app's code);
 * every call needs the bearer token printed at start, and the Host and Origin headers must name this server,
 * so another site in the same browser, or a DNS-rebinding page, cannot drive it.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? newToken();
  const { core, rendererDir } = options;
  let port = 0;
  const sseClients = new Set<ServerResponse>();
  const offCore = core.on((event, payload) => {
    for (const res of sseClients) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const authorized = (req: IncomingMessage) => {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') && sameSecret(header.slice(7), token);
  };

  const server = createServer(async (req, res) => {
    try {
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('x-frame-options', 'DENY');
      if (!allowedHosts().includes(req.headers.host ?? '')) return refuse(res, 421, 'FORBIDDEN', 'errors.badHost');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
        return refuse(res, 403, 'FORBIDDEN', 'errors.badOrigin');
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname.startsWith('/rpc/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'VALIDATION', 'errors.method');
        if (!authorized(req)) return refuse(res, 401, 'UNAUTHENTICATED', 'errors.unauthenticated');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return refuse(res, 415, 'VALIDATION', 'errors.badJson');
        }
        const body = await readBody(req);
        if (body === null) return refuse(res, 413, 'VALIDATION', 'errors.tooLarge');
        let input: unknown;
        try {
          input = body.length ? JSON.parse(body) : {};
        } catch {
          return refuse(res, 400, 'VALIDATION', 'errors.badJson');
        }
        const route = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        // The bearer token admits the browser; the session header says which signed-in user this tab is.
        const session = req.headers['x-coulisse-session'];
        return sendJson(res, 200, await core.call(route, input, typeof session === 'string' ? session : null));
      }

      if (url.pathname === '/events') {
        if (!authorized(req)) return refuse(res, 401, 'UNAUTHENTICATED', 'errors.unauthenticated');
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        sseClients.add(res);
        req.on('close', () => sseClients.delete(res));
        return;
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'VALIDATION', 'errors.method');
      const file = await readStatic(rendererDir, url.pathname);
      if (!file) return refuse(res, 404, 'NOT_FOUND', 'errors.notFound');
      const headers: Record<string, string> = { 'content-type': file.type };
      if (file.type.startsWith('text/html')) {
        headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
        headers['cache-control'] = 'no-store';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch {
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'errors.internal');
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    async close() {
      offCore();
      for (const res of sseClients) res.end();
      sseClients.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
