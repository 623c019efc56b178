// The generated quarter (tests/support/report-quarter.ts) is what the report tests claim it is: its
// rows, stored in a v7 database and read back by the report's repo, give the same report input, and
// the data is as realistic as the issue asks (4 platforms, 2 own brands and a competitor, FR+EN, two
// CMs with Tact and on the page, one incident, troll reviews both ways, corrections).
import { afterEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { loadReportInput } from '../../utils/reports/repo';
import type { ReportEvent, ReportInput } from '../../utils/reports/core/types';
import { generateQuarter } from '../support/report-quarter';
import { quarterRows, type QuarterRows } from '../support/report-quarter-rows';

let db: TactDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function store(rows: QuarterRows): Promise<TactDB> {
  const d = new TactDB(`report-quarter-${Math.random()}`);
  await d.open();
  await d.brands.bulkPut(rows.brands);
  await d.items.bulkPut(rows.items);
  await d.replies.bulkAdd(rows.replies as never);
  await d.events.bulkAdd(rows.events);
  await d.verdicts.bulkPut(rows.verdicts);
  await d.incidents.bulkPut(rows.incidents);
  await d.settings.bulkPut(rows.settings);
  return d;
}

const byKey = <T extends { key: string }>(xs: readonly T[]) => [...xs].sort((a, z) => a.key.localeCompare(z.key));
const eventOrder = (xs: readonly ReportEvent[]) =>
  [...xs].sort(
    (a, z) => a.at - z.at || a.type.localeCompare(z.type) || (a.itemKey ?? '').localeCompare(z.itemKey ?? ''),
  );

describe('the generated quarter', () => {
  const q = generateQuarter();
  const input: ReportInput = q.input;

  it('is deterministic from its seed and changes with it', () => {
    expect(generateQuarter().input).toEqual(input);
    expect(generateQuarter({ seed: 7 }).input.items.length).not.toBe(input.items.length);
  });

  it('has what the issue asks of it', () => {
    const platforms = new Set(input.items.map((i) => i.platform));
    expect([...platforms].sort()).toEqual(['facebook', 'linkedin', 'reddit', 'x']);
    expect(input.brands.filter((b) => !b.competitor)).toHaveLength(2);
    expect(input.brands.filter((b) => b.competitor)).toHaveLength(1);
    expect(new Set(input.items.map((i) => i.lang))).toEqual(new Set(['fr', 'en']));
    expect(new Set(input.replies.map((r) => r.by))).toEqual(new Set(['Camille', 'Jordan']));
    expect(q.ownReplies.length).toBeGreaterThan(100);
    expect(input.incidents).toHaveLength(1);
    const reviews = input.events.filter((e) => e.type === 'troll.review').map((e) => e.data.review);
    expect(new Set(reviews)).toEqual(new Set(['confirm', 'dismiss']));
    expect(input.events.some((e) => e.type === 'correction')).toBe(true);
    expect(input.items.some((i) => i.postedAt === null)).toBe(true);
    // Every first response comes after the mention was posted.
    for (const i of input.items) if (i.repliedAt !== null) expect(i.repliedAt).toBeGreaterThan(i.postedAt ?? -Infinity);
  });

  it('stored as v7 rows, reads back through the report repo as the same input', async () => {
    db = await store(quarterRows(q));
    const back = await loadReportInput(db);
    expect(byKey(back.items)).toEqual(byKey(input.items));
    const ids = (xs: ReportInput['brands']) => [...xs].sort((a, z) => a.id.localeCompare(z.id));
    expect(ids(back.brands)).toEqual(ids(input.brands));
    const plain = (xs: ReportInput['incidents']) =>
      xs.map(({ id, brandId, start, end, itemKeys }) => ({ id, brandId, start, end, itemKeys }));
    expect(plain(back.incidents)).toEqual(input.incidents);
    const replies = (xs: ReportInput['replies']) =>
      [...xs].sort((a, z) => a.at - z.at || a.itemKey.localeCompare(z.itemKey));
    expect(replies(back.replies)).toEqual(replies(input.replies));
    // The repo hands events over as stored: reviews then read 'confirmed'/'dismissed' (trolls/repo.ts).
    const norm = (e: ReportEvent) =>
      e.type === 'troll.review' ? { ...e, data: { ...e.data, review: String(e.data.review).replace(/ed$/, '') } } : e;
    expect(eventOrder(back.events.map(norm))).toEqual(eventOrder(input.events));
  });
});
