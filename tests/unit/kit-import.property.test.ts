// Any mutation of a valid brand kit is either refused cleanly (nothing in the database changes) or
// applied whole (a second plan of the same text finds nothing left to add or change) — issue #13.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { V8_BRAND } from '../support/stored-brand';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/options.html' };
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function router(db: TactDB) {
  const noop = async () => {};
  const effects = { setBadge: noop, notify: noop, revealInTab: async () => false, openTab: noop, now: () => 9_000 };
  return createRouter(createHandlers(db, effects), EXT);
}

async function snapshot(db: TactDB) {
  const [brands, toneProfiles, snippets, authors] = await Promise.all([
    db.brands.toArray(),
    db.toneProfiles.toArray(),
    db.snippets.toArray(),
    db.authors.toArray(),
  ]);
  return { brands, toneProfiles, snippets, authors };
}

/** A valid kit, as this browser's own export writes it: two brands, a tone profile, snippets, a troll note. */
async function validKit(): Promise<Json> {
  const db = new TactDB(`kitprop-src-${Math.random()}`);
  const brand = { aliases: ['Acme Corp'], handles: ['@acme'], hashtags: ['#acme'], products: ['Rocket'] };
  const none = {
    misspellings: [],
    exclude: [],
    query: '',
    ownAccounts: [],
    competitor: false,
    ...V8_BRAND,
    languages: ['fr', 'en'] as ('fr' | 'en')[],
  };
  await db.brands.bulkPut([
    { id: 'b1', name: 'Acme', ...brand, ...none, createdAt: 1, updatedAt: 2 },
    { id: 'b2', name: 'Globex', ...brand, aliases: [], handles: ['@globex'], ...none, createdAt: 1, updatedAt: 2 },
  ]);
  await db.toneProfiles.put({ id: 't1', brandId: 'b1', name: 'Acme FR', data: { address: 'vous' }, updatedAt: 3 });
  const snippet = { tags: [], intents: [], trollTypes: [], kind: 'reply' as const, usageCount: 2, updatedAt: 4 };
  await db.snippets.bulkPut([
    { id: 's1', name: 'merci', language: 'fr', body: 'Merci {prénom} !', ...snippet },
    { id: 's2', name: 'thanks', language: 'en', body: 'Thank you!', ...snippet, tags: ['praise'] },
  ]);
  const author = { platform: 'x' as const, name: 'Jo', url: '', firstSeenAt: 1, lastSeenAt: 2 };
  await db.authors.put({ key: 'x:@jo', handle: '@jo', ...author, notes: 'sealion', labels: ['troll'] });
  const reply = await router(db)({ type: 'kit.export', payload: { selection: 'all' } }, page);
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return JSON.parse((reply.data as { json: string }).json) as Json;
}

/** Every path to a value inside a JSON document. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object') return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}

type Mutation = { kind: 'set'; at: number; value: Json } | { kind: 'delete'; at: number } | { kind: 'cut'; at: number };

function mutate(doc: Json, m: Mutation): string {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[m.at % all.length]!;
  if (m.kind === 'cut') {
    const text = JSON.stringify(copy);
    return text.slice(0, m.at % text.length);
  }
  let parent = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = m.value;
  return JSON.stringify(copy);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.constantFrom<Json>('', -1, 1e12, '__proto__', [], {}),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

async function applyAndCheck(db: TactDB, text: string): Promise<'applied' | 'refused'> {
  const handle = router(db);
  const before = await snapshot(db);
  const reply = await handle({ type: 'kit.apply', payload: { text, choices: {} } }, page);
  const applied = reply.ok && (reply.data as { ok: boolean }).ok;
  if (!applied) {
    // Refused cleanly: an error the UI can show, and nothing written.
    if (reply.ok) expect((reply.data as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    else expect(reply.error.code).toMatch(/invalid|failed/);
    expect(await snapshot(db)).toEqual(before);
    return 'refused';
  }
  // Applied whole: planning the same text again finds nothing left to add or change.
  const again = await handle({ type: 'kit.plan', payload: { text, choices: {} } }, page);
  expect(again.ok && (again.data as { ok: boolean }).ok).toBe(true);
  const counts = (again as { data: { plan: { counts: Record<string, number> } } }).data.plan.counts;
  expect({ added: counts.added, changed: counts.changed }).toEqual({ added: 0, changed: 0 });
  return 'applied';
}

describe('kit import, any mutation of a valid kit', () => {
  it('the valid kit itself is applied whole (the property below starts from an accepted kit)', async () => {
    const db = new TactDB(`kitprop-${Math.random()}`);
    expect(await applyAndCheck(db, JSON.stringify(await validKit()))).toBe('applied');
    expect((await snapshot(db)).brands.map((b) => b.name).sort()).toEqual(['Acme', 'Globex']);
  });

  it('is refused with nothing changed, or applied whole', async () => {
    const valid = await validKit();
    const seen = { applied: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text = mutate(valid, m);
        // Into an empty browser, and into one that already holds the valid kit (conflicts, updates).
        seen[await applyAndCheck(new TactDB(`kitprop-${Math.random()}`), text)]++;
        const seeded = new TactDB(`kitprop-${Math.random()}`);
        await router(seeded)({ type: 'kit.apply', payload: { text: JSON.stringify(valid), choices: {} } }, page);
        seen[await applyAndCheck(seeded, text)]++;
      }),
      { numRuns: 150, seed: 13 },
    );
    // Both outcomes are exercised: mutations that keep a kit valid, and ones that break it.
    expect(seen.applied).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });
});
