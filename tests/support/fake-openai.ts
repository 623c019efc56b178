// A fake OpenAI-compatible endpoint on loopback (127.0.0.1, port 0): each test says how it answers
// and reads what it received. Used by the unit tests and the options page e2e.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Behaviour = (req: Received, res: ServerResponse) => void | Promise<void>;

export interface FakeEndpoint {
  baseUrl: string;
  received: Received[];
  /** How the next requests are answered. */
  answer(b: Behaviour): void;
  close(): Promise<void>;
}

/** A chat completion whose first choice says `content`. */
export function completion(content: string): Behaviour {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(
      JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        model: 'fake',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      }),
    );
  };
}

export function status(
  code: number,
  body = '{"error":{"message":"nope"}}',
  headers: Record<string, string> = {},
): Behaviour {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'application/json', 'access-control-allow-origin': '*', ...headers });
    res.end(body);
  };
}

export async function startFakeEndpoint(): Promise<FakeEndpoint> {
  const received: Received[] = [];
  let behaviour: Behaviour = completion('OK');
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // CORS preflight from an extension page without host permission: answered, not recorded.
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'authorization, content-type, accept',
          'access-control-allow-methods': 'POST',
          'access-control-allow-private-network': 'true',
        });
        res.end();
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* kept as text */
      }
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      received.push(r);
      void behaviour(r, res);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as import('node:net').AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    answer(b) {
      behaviour = b;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
