// Settings roaming: the planner fits storage.sync's quotas, the roamer merges the newer side,
// coalesces writes under the rate quota, and says clearly when the browser refuses.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  decodeRoaming,
  encodeRoaming,
  itemBytes,
  pickRoamed,
  planRoamingWrite,
  quotaProblem,
  reconcile,
  ROAM_META_KEY,
  ROAMED_KEYS,
  WriteGate,
  type RoamBlob,
} from '../../utils/sync/core/roaming';
import { readRoamingState, Roamer } from '../../utils/sync/roaming';
import { TactDB } from '../../utils/db/schema';
import * as repo from '../../utils/settings/repo';
import { FakeSync, MAX_WRITE_OPERATIONS_PER_MINUTE, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from '../support/fake-sync';

const blob = (at: number, language: 'fr' | 'en' | 'auto' = 'fr'): RoamBlob => ({ v: 1, at, settings: { language } });

describe('roaming planner', () => {
  it('roams listed preferences only, never secrets or the library', () => {
    expect(pickRoamed({ language: 'fr', onboarded: true, apiKey: 'sk-123', token: 'abc' })).toEqual({ language: 'fr' });
    for (const k of ROAMED_KEYS) expect(k).not.toMatch(/token|key|secret|password/i);
  });

  it('round-trips a small blob in one piece plus its meta', () => {
    const enc = encodeRoaming(blob(5));
    expect(enc.ok && Object.keys(enc.items).sort()).toEqual(['tact.roam.0', ROAM_META_KEY].sort());
    expect(enc.ok && decodeRoaming(enc.items)).toEqual(blob(5));
  });

  it('splits a large blob into pieces that each fit QUOTA_BYTES_PER_ITEM, escaping and multibyte text counted', () => {
    // Not a real settings blob (it would not validate): the splitter is exercised on awkward text.
    const awkward = { v: 1, at: 9, settings: { language: 'fr' }, pad: '"é😀\\'.repeat(6000) } as unknown as RoamBlob;
    const enc = encodeRoaming(awkward, QUOTA_BYTES);
    if (!enc.ok) throw new Error('should fit');
    const keys = Object.keys(enc.items);
    expect(keys.length).toBeGreaterThan(5);
    for (const k of keys) expect(itemBytes(k, enc.items[k])).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    const text = keys
      .filter((k) => k !== ROAM_META_KEY)
      .sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop()))
      .map((k) => enc.items[k])
      .join('');
    expect(JSON.parse(text)).toEqual(awkward);
    // No piece ends on half a surrogate pair.
    for (const k of keys.filter((k) => k !== ROAM_META_KEY)) expect((enc.items[k] as string).isWellFormed()).toBe(true);
  });

  it('refuses a blob over the budget instead of half-writing it', () => {
    const huge = { ...blob(1), pad: 'x'.repeat(200_000) } as unknown as RoamBlob;
    expect(encodeRoaming(huge)).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('writes only what changed and removes stale pieces', () => {
    const first = encodeRoaming(blob(1));
    if (!first.ok) throw new Error();
    const stale = { ...first.items, 'tact.roam.7': 'old', 'other.key': 1 };
    const plan = planRoamingWrite(blob(2, 'en'), stale);
    expect(plan.ok && plan.remove).toEqual(['tact.roam.7']);
    expect(plan.ok && Object.keys(plan.set).sort()).toEqual(['tact.roam.0', ROAM_META_KEY].sort());
  });

  it('ignores an incomplete or mismatched sync (pieces delivered apart)', () => {
    const a = encodeRoaming(blob(1));
    const b = encodeRoaming(blob(2, 'en'));
    if (!a.ok || !b.ok) throw new Error();
    expect(decodeRoaming({ [ROAM_META_KEY]: b.items[ROAM_META_KEY] })).toBeNull();
    expect(decodeRoaming({ ...a.items, [ROAM_META_KEY]: b.items[ROAM_META_KEY] })).toBeNull();
    expect(
      decodeRoaming({
        [ROAM_META_KEY]: { v: 1, at: 1, n: 1 },
        'tact.roam.0': '{"v":1,"at":1,"settings":{"language":"de"}}',
      }),
    ).toBeNull();
    expect(decodeRoaming({})).toBeNull();
  });

  it('lets the newer side win', () => {
    expect(reconcile(blob(5), null)).toBe('push_local');
    expect(reconcile(blob(5), blob(9, 'en'))).toBe('apply_remote');
    expect(reconcile(blob(9), blob(5, 'en'))).toBe('push_local');
    expect(reconcile(blob(5), blob(5))).toBe('in_sync');
  });

  it('keeps writes well under the per-minute quota, with a minimum gap', () => {
    const gate = new WriteGate();
    let now = 0;
    const ops: number[] = [];
    // Try to write as fast as possible for 10 minutes: every write waits its turn.
    while (now < 600_000) {
      now += gate.delay(now, 2);
      gate.record(now, 2);
      ops.push(now, now);
      now += 1;
    }
    // The busiest minute, sliding: half the quota at most (a margin for other writers).
    const busiest = Math.max(...ops.map((t) => ops.filter((u) => u >= t && u < t + 60_000).length));
    expect(busiest).toBeLessThanOrEqual(MAX_WRITE_OPERATIONS_PER_MINUTE / 2);
    expect(ops.length).toBeGreaterThan(500);
    expect(gate.delay(now)).toBeGreaterThan(0);
  });

  it('names the quota a browser error is about', () => {
    expect(quotaProblem(new Error('QUOTA_BYTES quota exceeded'))).toBe('full');
    expect(quotaProblem(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('item');
    expect(quotaProblem(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'))).toBe('rate');
    expect(quotaProblem(new Error('boom'))).toBe('other');
  });
});

describe('Roamer', () => {
  let clock: number;
  let timers: Array<{ at: number; run: () => void }>;
  const schedule = (run: () => void, ms: number) => void timers.push({ at: clock + ms, run });
  /** Runs due timers and waits for their writes. */
  async function tick(ms: number, ...roamers: Roamer[]) {
    clock += ms;
    const due = timers.filter((t) => t.at <= clock);
    timers = timers.filter((t) => t.at > clock);
    for (const t of due) t.run();
    await Promise.all(roamers.map((r) => r.idle));
  }
  beforeEach(() => {
    clock = 1_000_000;
    timers = [];
  });

  function browser(sync: FakeSync, name: string) {
    const db = new TactDB(`roam-${name}-${Math.random()}`);
    const roamer = new Roamer({ db, sync, now: () => clock, schedule });
    return { db, roamer };
  }

  it('carries a language change from one browser to another, newer wins', async () => {
    const sync = new FakeSync(() => clock);
    const a = browser(sync, 'a');
    const b = browser(sync, 'b');
    await a.roamer.setEnabled(true);
    await b.roamer.setEnabled(true);
    const before = await repo.getSettings(a.db);
    const after = await repo.updateSettings(a.db, { language: 'fr' });
    await a.roamer.localChanged(before, after);
    await tick(10_000, a.roamer, b.roamer);
    expect(decodeRoaming(sync.data)?.settings).toEqual({ language: 'fr', trollSensitivity: 'medium' });
    clock += 1000;
    await b.roamer.pull();
    expect((await repo.getSettings(b.db)).language).toBe('fr');
    const bState = await readRoamingState(b.db);
    expect(bState).toMatchObject({ enabled: true, lastError: null });
    // Taking a remote value is not a local change: b writes nothing back.
    const writes = sync.sets.length;
    await tick(60_000, a.roamer, b.roamer);
    expect(sync.sets.length).toBe(writes);
  });

  it('does nothing while roaming is off', async () => {
    const sync = new FakeSync(() => clock);
    const a = browser(sync, 'off');
    await a.roamer.localChanged(await repo.getSettings(a.db), { ...(await repo.getSettings(a.db)), language: 'en' });
    await tick(60_000, a.roamer);
    expect(sync.sets).toEqual([]);
  });

  it('coalesces a burst of changes into few writes, never hitting the rate quota', async () => {
    const sync = new FakeSync(() => clock);
    const a = browser(sync, 'burst');
    await a.roamer.setEnabled(true);
    await tick(10_000, a.roamer);
    const start = sync.sets.length;
    let lang: 'fr' | 'en' = 'fr';
    for (let i = 0; i < 500; i++) {
      const before = await repo.getSettings(a.db);
      lang = lang === 'fr' ? 'en' : 'fr';
      await a.roamer.localChanged(before, await repo.updateSettings(a.db, { language: lang }));
      await tick(100, a.roamer); // a change every 100 ms for 50 s
    }
    await tick(10_000, a.roamer);
    expect(sync.sets.length - start).toBeLessThanOrEqual(30);
    expect(decodeRoaming(sync.data)?.settings.language).toBe(lang);
    expect((await readRoamingState(a.db)).lastError).toBeNull();
  });

  it('says the sync storage is full, keeps local settings, and recovers', async () => {
    const sync = new FakeSync(() => clock);
    // Another extension's data fills the account's sync storage (the fake counts all keys).
    for (let i = 0; i < 13; i++) sync.data[`other.${i}`] = 'x'.repeat(QUOTA_BYTES_PER_ITEM - 20);
    const a = browser(sync, 'full');
    await repo.updateSettings(a.db, { language: 'fr' });
    await a.roamer.setEnabled(true);
    await tick(10_000, a.roamer);
    const state = await readRoamingState(a.db);
    expect(state.lastError).toMatchObject({ message: 'roam.full', params: { quota: QUOTA_BYTES } });
    expect(state.lastError!.params!.used as number).toBeGreaterThan(QUOTA_BYTES - 2 * QUOTA_BYTES_PER_ITEM);
    expect((await repo.getSettings(a.db)).language).toBe('fr');
    // Space freed: the next change goes through and clears the error.
    for (let i = 0; i < 13; i++) delete sync.data[`other.${i}`];
    await a.roamer.localChanged(await repo.getSettings(a.db), await repo.updateSettings(a.db, { language: 'en' }));
    await tick(10_000, a.roamer);
    expect(await readRoamingState(a.db)).toMatchObject({ lastError: null });
    expect(decodeRoaming(sync.data)?.settings.language).toBe('en');
  });

  it('retries later when the browser reports the write-rate quota', async () => {
    const sync = new FakeSync(() => clock);
    for (let i = 0; i < MAX_WRITE_OPERATIONS_PER_MINUTE; i++) sync.writes.push(clock);
    const a = browser(sync, 'rate');
    await repo.updateSettings(a.db, { language: 'en' });
    await a.roamer.setEnabled(true);
    await tick(5_000, a.roamer);
    expect(sync.sets).toEqual([]);
    expect((await readRoamingState(a.db)).lastError).toBeNull();
    await tick(70_000, a.roamer);
    expect(decodeRoaming(sync.data)?.settings.language).toBe('en');
  });
});
