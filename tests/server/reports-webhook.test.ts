// The weekly team report webhook, against a local fake webhook server (a real HTTP socket): the JSON
// Slack and Teams accept, last week's figures, once per week even when asked again, a failure logged
// without the URL and tried again at the next check, French on request, teams kept apart.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db';
import { lastWeek, sendWeeklyReports, setWebhook } from '../../server/report-webhook';
import { sketchOf } from '../../utils/reports/core/sketch';
import { reportsApi } from '../../utils/sync/core/reports-protocol';
import { backends, BASE, server, type TestServer } from './harness';

// Wednesday 2026-12-09: last week is Monday 2026-11-30 to Sunday 2026-12-06.
const NOW = Date.UTC(2026, 11, 9, 10);

let hook: Server;
let hookUrl: string;
const received: { path: string; type: string; body: unknown }[] = [];
let failWith = 0;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });

beforeAll(async () => {
  hook = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (failWith) {
        res.writeHead(failWith).end('nope');
        return;
      }
      received.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', body: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/services/T000/B000/SECRETPART`;
});
afterAll(async () => {
  await new Promise((r) => hook.close(r));
  for (const b of backends) await b.cleanup();
});

test('last week is the ISO week before the current one, in UTC days', () => {
  expect(lastWeek(NOW)).toEqual({ from: '2026-11-30', to: '2026-12-07' });
  expect(lastWeek(Date.UTC(2026, 11, 7, 0, 0, 1))).toEqual({ from: '2026-11-30', to: '2026-12-07' });
  expect(lastWeek(Date.UTC(2026, 11, 6, 23, 59))).toEqual({ from: '2026-11-23', to: '2026-11-30' });
  expect(lastWeek(Date.UTC(2027, 0, 1))).toEqual({ from: '2026-12-21', to: '2026-12-28' });
});

describe.each(backends)('$name', (backend) => {
  let db: Db;
  let srv: TestServer;
  let teamId: string;
  beforeAll(async () => {
    db = await backend.open();
    srv = server(db);
    const team = await srv.team('Acme social team');
    teamId = team.teamId;
    const row = (mentions: number) => ({
      brandIds: ['acme'],
      platform: 'x' as const,
      intent: 'question',
      cm: 'Léa',
      mentions,
      actionable: mentions,
      answered: mentions - 1,
      positive: 2,
      negative: 1,
      backlog: 1,
      firstResponse: sketchOf(Array.from({ length: mentions - 1 }, (_, i) => 10 + i)),
    });
    await reportsApi({ baseUrl: BASE, token: team.adminToken, fetch: srv.fetch }).pushDays({
      days: [
        { day: '2026-11-29', rows: [row(50)] }, // the week before: not counted
        { day: '2026-11-30', rows: [row(10)] },
        { day: '2026-12-06', rows: [row(5)] },
        { day: '2026-12-07', rows: [row(50)] }, // this week: not counted
      ],
    });
    const other = await srv.team('Other team');
    await setWebhook(db, other.teamId, `${hookUrl}-other`, 'fr');
  });
  afterAll(async () => {
    await db.close();
  });

  test("posts last week's figures as {text} once, logs a failure without the URL and tries again", async () => {
    received.length = 0;
    await setWebhook(db, teamId, hookUrl, 'en');
    const logs: string[] = [];
    failWith = 500;
    expect(await sendWeeklyReports(db, { now: () => NOW, log: (m) => logs.push(m) })).toBe(0);
    expect(logs.length).toBe(2);
    for (const l of logs) {
      expect(l).toContain('HTTP 500');
      expect(l).not.toContain('SECRETPART');
      expect(l).not.toContain('127.0.0.1');
    }
    failWith = 0;
    expect(await sendWeeklyReports(db, { now: () => NOW, log: (m) => logs.push(m) })).toBe(2);
    expect(await sendWeeklyReports(db, { now: () => NOW + 3_600_000 })).toBe(0);
    expect(received).toHaveLength(2);
    const mine = received.find((r) => r.path.endsWith('SECRETPART'))!;
    expect(mine.type).toBe('application/json');
    expect(Object.keys(mine.body as object)).toEqual(['text']);
    const text = (mine.body as { text: string }).text;
    expect(text).toContain('Acme social team, 2026-11-30 to 2026-12-06');
    expect(text).toContain('Mentions: 15');
    expect(text).toContain('Response rate: 87% (13 of 15 to handle)');
    expect(text).toContain('Backlog at the end: 2');
    expect(text).toMatch(/median 1\d min/);
    const other = received.find((r) => r.path.endsWith('-other'))!;
    expect((other.body as { text: string }).text).toMatch(/Mentions\u00a0: 0/);
    expect((other.body as { text: string }).text).toContain('Rapport hebdomadaire');
    // The next week is sent the next week.
    expect(await sendWeeklyReports(db, { now: () => NOW + 7 * 86_400_000 })).toBe(2);
  });

  test('a network failure is logged by kind only; a removed webhook is not called', async () => {
    await setWebhook(db, teamId, 'http://127.0.0.1:9/hooks/SECRETPART', 'en');
    const logs: string[] = [];
    const later = NOW + 14 * 86_400_000;
    await sendWeeklyReports(db, { now: () => later, log: (m) => logs.push(m), timeoutMs: 2000 });
    const mine = logs.filter((l) => l.includes(teamId));
    expect(mine).toHaveLength(1);
    expect(mine[0]).not.toContain('SECRETPART');
    await setWebhook(db, teamId, null);
    const count = received.length;
    await sendWeeklyReports(db, { now: () => later });
    expect(received.filter((r) => r.path.endsWith('SECRETPART')).length).toBe(
      received.slice(0, count).filter((r) => r.path.endsWith('SECRETPART')).length,
    );
    await expect(setWebhook(db, teamId, 'ftp://example.com/x')).rejects.toThrow();
  });
});
