// Schema v7 (reports, issue #15): every older database opens with nothing lost, and what v7 adds
// to old rows is what the reports may trust (a posted time only when the old row really had one).
import { describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { firstResponseAt, storedPostedAt } from '../../utils/mentions/core/item-state';
import { checkMigration, SAMPLES } from '../support/migrations';

const OLDER = [1, 2, 3, 5, 6];

describe('schema v7', () => {
  it.each(OLDER)('opens a database written by version %i with every row and field kept', async (v) => {
    expect(await checkMigration(`v7-from-${v}-${Math.random()}`, v, 7)).toEqual([]);
  });

  it.each(OLDER)('gives items of version %i a posted time only from a full ISO date', async (v) => {
    const name = `v7-time-${v}-${Math.random()}`;
    const old = new TactDB(name, v);
    const base = { ...SAMPLES[v >= 2 ? 2 : 1]!.items };
    const times = { iso: '2026-04-20T08:30:00.000Z', offset: '2026-04-20T10:30:00+02:00', rel: '2 h', day: 'Apr 18' };
    for (const [id, time] of Object.entries(times)) await old.items.put({ ...base, key: `x:${id}`, time } as never);
    old.close();
    const db = new TactDB(name);
    const at = async (id: string) => (await db.items.get(`x:${id}`))?.postedAt;
    expect(await at('iso')).toBe(Date.UTC(2026, 3, 20, 8, 30));
    expect(await at('offset')).toBe(Date.UTC(2026, 3, 20, 8, 30));
    expect(await at('rel')).toBeNull();
    expect(await at('day')).toBeNull();
    // The new indexes answer: ours and posted time.
    expect(await db.items.where('ours').equals(0).count()).toBe(4);
    expect(await db.items.where('postedAt').above(0).count()).toBe(2);
    db.close();
  });

  it('opens old replies as suggestions by nobody named, and old brands as own, with no accounts', async () => {
    const name = `v7-rows-${Math.random()}`;
    const old = new TactDB(name, 6);
    await old.replies.put(SAMPLES[1]!.replies as never);
    await old.brands.put(SAMPLES[1]!.brands as never);
    old.close();
    const db = new TactDB(name);
    expect(await db.replies.get(1)).toMatchObject({ by: '', source: 'suggestion', toneIssues: 0, text: 'Bonjour Jo' });
    expect(await db.brands.get('b1')).toMatchObject({ ownAccounts: [], competitor: false, name: 'Acme' });
    expect(await db.incidents.count()).toBe(0);
    expect(await db.reportNotes.count()).toBe(0);
    db.close();
  });
});

describe('storedPostedAt', () => {
  it('reads full ISO dates with a zone only', () => {
    expect(storedPostedAt('2026-04-20T07:30:00+00:00')).toBe(Date.UTC(2026, 3, 20, 7, 30));
    expect(storedPostedAt('2026-04-20T07:30Z')).toBe(Date.UTC(2026, 3, 20, 7, 30));
    // No zone: which day it was depends on a zone Tact does not know.
    expect(storedPostedAt('2026-04-20T07:30:00')).toBeNull();
    expect(storedPostedAt('2026-04-20')).toBeNull();
    expect(storedPostedAt('3 j')).toBeNull();
    expect(storedPostedAt('')).toBeNull();
    expect(storedPostedAt('2026-13-45T99:99:00Z')).toBeNull();
  });
});

describe('firstResponseAt', () => {
  it('is the earlier of the reply logged by Tact and the answer seen on the page', () => {
    expect(firstResponseAt({ repliedAt: null, answeredAt: null })).toBeNull();
    expect(firstResponseAt({ repliedAt: 5, answeredAt: null })).toBe(5);
    expect(firstResponseAt({ repliedAt: null, answeredAt: 7 })).toBe(7);
    expect(firstResponseAt({ repliedAt: 9, answeredAt: 7 })).toBe(7);
    expect(firstResponseAt({ repliedAt: 3, answeredAt: 7 })).toBe(3);
  });
});
