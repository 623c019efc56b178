// The charter in moderation (issue #17, item 3), through the router on a real (in-memory) database:
// items.seen gives a flamer's result the clause of the brand's charter it breaks (never the unhappy
// customer's); the flag event and a review's troll.review event record that clause { id, n, brandId };
// the report counts flags, confirmations and dismissals by clause; with no charter nothing is recorded.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import type { SenderInfo } from '../../utils/messaging/router';
import { STARTER_CHARTER } from '../../utils/care/core/starter-charter';
import { loadReportInput } from '../../utils/reports/repo';
import { computeReport } from '../../utils/reports/core/report';
import { moderationByClause } from '../../utils/reports/core/report-charter';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import type { ReportInput } from '../../utils/reports/core/types';
import { contentScript, extensionPage, testRouter, type TestRouter } from '../support/router';
import { THREAD_URL as URL_, TROLL_BATCH as BATCH } from '../support/troll-thread';

const page = extensionPage();
const content = contentScript(URL_);

let db: TactDB;
let handle: TestRouter;
beforeEach(() => {
  db = new TactDB(`charter-${Math.random()}`);
  handle = testRouter(db);
});

async function call(type: string, payload: unknown, from: SenderInfo = page) {
  const reply = await handle({ type, payload }, from);
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.data as never;
}
async function saveBrand(charter = STARTER_CHARTER) {
  const brand: { id: string } = await call('brands.save', {
    brand: { name: 'Acme', aliases: ['ACME Corp'], languages: ['en', 'fr'], charter },
  });
  return brand.id;
}
async function seen() {
  const data: { results: Array<{ key: string; troll: { type: string } | null; care?: { clause: unknown } | null }> } =
    await call('items.seen', { platform: 'reddit', url: URL_, items: BATCH }, content);
  return data.results;
}
const events = async (type: string) =>
  (await db.events.toArray()).filter((e) => e.type === type).map((e) => ({ itemKey: e.itemKey, data: e.data }));

describe('the charter in moderation', () => {
  it('names the clause on the result, records it on flags and reviews, the report counts by clause', async () => {
    const brandId = await saveBrand();
    const r = await seen();
    expect(r.map((x) => x.troll?.type ?? null)).toEqual([null, 'flamer', 'spammer', 'unhappy_customer']);
    // Starter charter: 1 Respect covers flamers, 4 No spam covers spammers.
    expect(r[1]!.care?.clause).toEqual({
      id: 'respect',
      n: 1,
      title: 'Respect',
      text: STARTER_CHARTER.clauses[0]!.text.en,
    });
    expect(r[2]!.care?.clause).toMatchObject({ id: 'no-spam', n: 4 });
    expect(r[3]!.care?.clause ?? null).toBeNull();

    expect(await events('troll.flag')).toEqual(
      expect.arrayContaining([
        {
          itemKey: 'reddit:t1_1',
          data: expect.objectContaining({ type: 'flamer', clause: { id: 'respect', n: 1, brandId } }),
        },
        {
          itemKey: 'reddit:t1_2',
          data: expect.objectContaining({ type: 'spammer', clause: { id: 'no-spam', n: 4, brandId } }),
        },
      ]),
    );

    await call('trolls.review', { key: 'reddit:t1_1', review: 'confirmed' }, content);
    await call('trolls.review', { key: 'reddit:t1_2', review: 'dismissed' }, content);
    expect((await events('troll.review')).map((e) => e.data)).toEqual([
      expect.objectContaining({ review: 'confirm', type: 'flamer', clause: { id: 'respect', n: 1, brandId } }),
      expect.objectContaining({ review: 'dismiss', type: 'spammer', clause: { id: 'no-spam', n: 4, brandId } }),
    ]);

    const input = await loadReportInput(db);
    const report = computeReport(input, { from: 0, to: Date.now() + 1000 }, {}, DEFAULT_REPORT_SETTINGS, Date.now());
    // As every moderation figure, only events about the report's mentions count: the spam names no brand.
    expect(report.moderationByClause).toEqual([{ brandId, id: 'respect', n: 1, flags: 1, confirmed: 1, dismissed: 0 }]);
    expect(report.moderation).toMatchObject({ confirmed: 1, dismissed: 0 });
  });

  it('suggest.forItem cites the same clause as the card, even when the charter is another brand’s', async () => {
    // The flamer names Acme, whose charter is empty; the only charter is Zed's: the card names it.
    await saveBrand({ clauses: [] });
    const zed: { id: string } = await call('brands.save', {
      brand: { name: 'Zed', languages: ['en'], charter: STARTER_CHARTER },
    });
    const r = await seen();
    expect(r[1]!.care?.clause).toMatchObject({ id: 'respect', n: 1 });
    const s: { found: boolean; replies: Array<{ text: string }> } = await call(
      'suggest.forItem',
      { key: 'reddit:t1_1', purpose: 'charter' },
      content,
    );
    expect(s.found).toBe(true);
    expect(s.replies.length).toBeGreaterThan(0);
    expect(s.replies[0]!.text).toContain('(article 1, “Respect”)');
    expect((await events('troll.flag')).find((e) => e.itemKey === 'reddit:t1_1')?.data).toMatchObject({
      clause: { id: 'respect', n: 1, brandId: zed.id },
    });
  });

  it('records no clause without a charter', async () => {
    await saveBrand({ clauses: [] });
    const r = await seen();
    expect(r[1]!.care?.clause ?? null).toBeNull();
    await call('trolls.review', { key: 'reddit:t1_1', review: 'confirmed' }, content);
    for (const e of [...(await events('troll.flag')), ...(await events('troll.review'))])
      expect(e.data).not.toHaveProperty('clause');
  });
});

describe('moderationByClause', () => {
  const ev = (type: 'troll.flag' | 'troll.review', at: number, itemKey: string, data: Record<string, unknown>) => ({
    type,
    at,
    by: '',
    itemKey,
    data,
  });
  const input = (events: ReturnType<typeof ev>[]) => ({ events }) as unknown as ReportInput;
  const all = { has: () => true, get: () => undefined };

  it('groups by brand and clause id, keeps the latest number, counts only the period and the scoped items', () => {
    const c = (id: string, n: number, brandId = 'b') => ({ clause: { id, n, brandId } });
    const rows = moderationByClause(
      input([
        ev('troll.flag', 10, 'i1', { type: 'flamer', ...c('respect', 2) }),
        ev('troll.review', 20, 'i1', { review: 'confirm', ...c('respect', 1) }), // renumbered since
        ev('troll.flag', 30, 'i2', { type: 'spammer', ...c('spam', 3) }),
        ev('troll.review', 40, 'i2', { review: 'dismiss', ...c('spam', 3) }),
        ev('troll.flag', 50, 'out', { type: 'flamer', ...c('respect', 1) }), // filtered out
        ev('troll.flag', 500, 'i3', { type: 'flamer', ...c('respect', 1) }), // after the period
        ev('troll.flag', 60, 'i4', { type: 'flamer' }), // no charter then
        ev('troll.flag', 70, 'i5', { type: 'flamer', clause: { id: '', n: 0 } }), // malformed
        ev('troll.flag', 80, 'i6', { type: 'hate', ...c('respect', 1, 'a') }),
      ]),
      { from: 0, to: 100 },
      { has: (k: string) => k !== 'out', get: () => undefined },
    );
    expect(rows).toEqual([
      { brandId: 'a', id: 'respect', n: 1, flags: 1, confirmed: 0, dismissed: 0 },
      { brandId: 'b', id: 'respect', n: 1, flags: 1, confirmed: 1, dismissed: 0 },
      { brandId: 'b', id: 'spam', n: 3, flags: 1, confirmed: 0, dismissed: 1 },
    ]);
    expect(moderationByClause(input([]), { from: 0, to: 100 }, all)).toEqual([]);
  });
});
