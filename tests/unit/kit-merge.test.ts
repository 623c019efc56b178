// Importing a kit: the dry-run plan and the writes, with the rule that nothing local is ever lost.
import { describe, expect, it } from 'vitest';
import type { Brand } from '../../utils/mentions/core/brand';
import { buildKit, KIT_FORMAT, parseKit, type Kit } from '../../utils/kit/core/document';
import { mergeKit, type LocalState } from '../../utils/kit/core/merge';
import type { Snippet } from '../../utils/snippets/core/snippet';
import { V8_BRAND } from '../support/stored-brand';

const brand = (over: Partial<Brand> = {}): Brand => ({
  id: 'b1',
  name: 'Acme',
  aliases: [],
  handles: ['@acme'],
  hashtags: [],
  products: [],
  misspellings: [],
  exclude: [],
  query: '',
  ownAccounts: [],
  competitor: false,
  ...V8_BRAND,
  languages: ['fr', 'en'],
  createdAt: 1,
  updatedAt: 10,
  ...over,
});
const snippet = (over: Partial<Snippet> = {}): Snippet => ({
  id: 's1',
  name: 'merci',
  language: 'fr',
  body: 'Merci {prénom} !',
  tags: [],
  intents: [],
  trollTypes: [],
  kind: 'reply' as const,
  usageCount: 0,
  updatedAt: 10,
  ...over,
});
const profile = (over: Record<string, unknown> = {}) => ({
  id: 't1',
  brandId: 'b1',
  name: 'Acme FR',
  data: { name: 'Acme FR', address: 'vous' },
  updatedAt: 10,
  ...over,
});
const empty = (): LocalState => ({ brands: [], toneProfiles: [], snippets: [], authors: [] });

/** A kit as the importer sees it: built, written, read back (defaults filled in). */
function kit(parts: Record<string, unknown[]>): Kit {
  const r = parseKit(JSON.stringify({ format: KIT_FORMAT, version: 1, ...parts }));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.kit;
}
let n = 0;
const opts = () => ({ now: 1000, newId: () => `new-${++n}` });

describe('mergeKit', () => {
  it('adds everything into an empty library', () => {
    const k = kit({
      brands: [brand()],
      toneProfiles: [profile()],
      snippets: [snippet()],
      trollNotes: [{ platform: 'x', handle: '@Jo', labels: ['sealion'], notes: 'same question daily' }],
    });
    const { plan, writes } = mergeKit(empty(), k, {}, opts());
    expect(plan.counts).toEqual({ added: 4, changed: 0, conflict: 0, unchanged: 0 });
    expect(writes.brands.map((b) => b.id)).toEqual(['b1']);
    expect(writes.toneProfiles[0]!.brandId).toBe('b1');
    expect(writes.snippets[0]).toMatchObject({ id: 's1', usageCount: 0 });
    expect(writes.authors[0]).toMatchObject({
      key: 'x:@jo',
      handle: '@Jo',
      notes: 'same question daily',
      labels: ['sealion'],
      firstSeenAt: 1000,
    });
  });

  it('finds nothing to do when re-importing what it exported', () => {
    const local: LocalState = {
      brands: [brand()],
      toneProfiles: [],
      snippets: [snippet({ usageCount: 12 })],
      authors: [],
    };
    const k = parseKit(JSON.stringify(buildKit({ brands: local.brands, snippets: local.snippets }, 5)));
    if (!k.ok) throw new Error('kit');
    const { plan, writes } = mergeKit(local, k.kit, {}, opts());
    expect(plan.counts).toEqual({ added: 0, changed: 0, conflict: 0, unchanged: 2 });
    expect(writes).toEqual({ brands: [], toneProfiles: [], snippets: [], authors: [] });
  });

  it('takes a newer version of the same record, keeping local counters and creation time', () => {
    const local: LocalState = {
      ...empty(),
      brands: [brand({ createdAt: 1, updatedAt: 10 })],
      snippets: [snippet({ usageCount: 7 })],
    };
    const k = kit({
      brands: [brand({ aliases: ['ACME'], createdAt: 50, updatedAt: 20 })],
      snippets: [snippet({ body: 'Merci beaucoup {prénom} !', updatedAt: 20 })],
    });
    const { plan, writes } = mergeKit(local, k, {}, opts());
    expect(plan.entries.map((e) => [e.status, e.action])).toEqual([
      ['changed', 'update'],
      ['changed', 'update'],
    ]);
    expect(writes.brands[0]).toMatchObject({ id: 'b1', aliases: ['ACME'], createdAt: 1 });
    expect(writes.snippets[0]).toMatchObject({ body: 'Merci beaucoup {prénom} !', usageCount: 7 });
    // "Keep mine" on a changed record: nothing written.
    const kept = mergeKit(local, k, { 'brand:0': 'keep', 'snippet:0': 'keep' }, opts());
    expect(kept.writes.brands).toEqual([]);
    expect(kept.writes.snippets).toEqual([]);
  });

  it('calls a record edited here after the kit a conflict, and keeps it by default with a copy', () => {
    const local: LocalState = {
      ...empty(),
      snippets: [snippet({ body: 'Mon texte à moi', updatedAt: 30, usageCount: 3 })],
    };
    const k = kit({ snippets: [snippet({ body: 'Le texte de l’équipe', updatedAt: 20 })] });
    const { plan, writes } = mergeKit(local, k, {}, opts());
    expect(plan.entries[0]).toMatchObject({
      status: 'conflict',
      reason: 'local_newer',
      action: 'copy',
      localName: 'merci',
    });
    expect(writes.snippets).toHaveLength(1);
    const copy = writes.snippets[0]!;
    expect(copy.id).not.toBe('s1');
    expect(copy).toMatchObject({ name: 'merci-imported', body: 'Le texte de l’équipe', usageCount: 0 });
    // The local record is never among the writes: it stays exactly as it was.
    expect(writes.snippets.some((s) => s.id === 's1')).toBe(false);
  });

  it('replaces the local record only when the user takes theirs', () => {
    const local: LocalState = { ...empty(), snippets: [snippet({ body: 'Mon texte', updatedAt: 30, usageCount: 3 })] };
    const k = kit({ snippets: [snippet({ body: 'Le texte de l’équipe', updatedAt: 20 })] });
    const { plan, writes } = mergeKit(local, k, { 'snippet:0': 'theirs' }, opts());
    expect(plan.entries[0]!.action).toBe('update');
    // Stamped after the local edit, so the next comparison sees the kit's text as the latest here.
    expect(writes.snippets).toEqual([{ ...snippet({ body: 'Le texte de l’équipe' }), usageCount: 3, updatedAt: 31 }]);
  });

  it('matches by natural key when ids differ: brand name, snippet name + language, case and accents folded', () => {
    const local: LocalState = {
      ...empty(),
      brands: [brand({ id: 'mine', name: 'Éclair' })],
      snippets: [
        snippet({ id: 'mine-s', name: 'Merci' }),
        snippet({ id: 'en-s', name: 'merci', language: 'en', body: 'Thanks!' }),
      ],
    };
    const k = kit({
      brands: [brand({ id: 'theirs', name: 'éclair', aliases: ['Eclair'] })],
      snippets: [snippet({ id: 'theirs-s', name: 'MERCI', body: 'Autre texte' })],
    });
    const { plan, writes } = mergeKit(local, k, {}, opts());
    expect(plan.entries.map((e) => [e.kind, e.status, e.reason])).toEqual([
      ['brand', 'conflict', 'same_name'],
      ['snippet', 'conflict', 'same_name'],
    ]);
    // The copies keep their own free ids and get a free name.
    expect(writes.brands[0]).toMatchObject({ id: 'theirs', name: 'éclair (imported)' });
    expect(writes.snippets[0]).toMatchObject({ id: 'theirs-s', name: 'MERCI-imported' });
    // Same name and same content: unchanged, nothing written.
    const same = mergeKit(
      local,
      kit({ snippets: [snippet({ id: 'x', name: 'merci', language: 'en', body: 'Thanks!' })] }),
      {},
      opts(),
    );
    expect(same.plan.counts.unchanged).toBe(1);
    expect(same.writes.snippets).toEqual([]);
  });

  it('takes theirs onto the local twin of another id, keeping the local id', () => {
    const local: LocalState = { ...empty(), brands: [brand({ id: 'mine', name: 'Acme', createdAt: 3 })] };
    const k = kit({
      brands: [brand({ id: 'theirs', aliases: ['ACME Corp'] })],
      toneProfiles: [profile({ brandId: 'theirs' })],
    });
    const { writes } = mergeKit(local, k, { 'brand:0': 'theirs' }, opts());
    expect(writes.brands).toEqual([expect.objectContaining({ id: 'mine', aliases: ['ACME Corp'], createdAt: 3 })]);
    // Its tone profile follows it onto the local brand.
    expect(writes.toneProfiles[0]).toMatchObject({ brandId: 'mine', id: 't1' });
  });

  it('gives copies a fresh id when theirs is taken, and tone profiles follow their brand copy', () => {
    const local: LocalState = {
      ...empty(),
      brands: [brand({ updatedAt: 99 })],
      toneProfiles: [profile({ updatedAt: 99 })],
    };
    const k = kit({
      brands: [brand({ aliases: ['A'], updatedAt: 20 })],
      toneProfiles: [profile({ data: { name: 'Acme FR', address: 'tu' }, updatedAt: 20 })],
    });
    const { plan, writes } = mergeKit(local, k, {}, opts());
    // The brand conflicts; its profile is a new one on the copy (the local one stays on the local brand).
    expect(plan.counts).toMatchObject({ conflict: 1, added: 1 });
    const copy = writes.brands[0]!;
    expect(copy.id).toMatch(/^new-/);
    expect(copy.name).toBe('Acme (imported)');
    expect(writes.toneProfiles[0]!.brandId).toBe(copy.id);
    // Under the id the tone repository reads: one profile per brand and language.
    expect(writes.toneProfiles[0]!.id).toBe(`${copy.id}:fr`);
  });

  it("never moves the local brand's tone profile onto the kit brand's copy (same profile id, kit newer)", () => {
    const local: LocalState = {
      ...empty(),
      brands: [brand({ updatedAt: 99 })],
      toneProfiles: [
        profile({ id: 'b1:fr', data: { name: 'Acme FR', address: 'vous', language: 'fr' }, updatedAt: 5 }),
      ],
    };
    const k = kit({
      brands: [brand({ aliases: ['A'], updatedAt: 20 })],
      toneProfiles: [profile({ id: 'b1:fr', data: { name: 'Acme FR', address: 'tu', language: 'fr' }, updatedAt: 20 })],
    });
    const { writes } = mergeKit(local, k, { 'toneProfile:0': 'theirs' }, opts());
    const copy = writes.brands[0]!;
    expect(copy.id).toMatch(/^new-/);
    expect(writes.toneProfiles).toHaveLength(1);
    expect(writes.toneProfiles[0]).toMatchObject({ id: `${copy.id}:fr`, brandId: copy.id, data: { address: 'tu' } });
  });

  it("writes a copied tone profile under brand:language even when the kit's id is free", () => {
    const local: LocalState = {
      ...empty(),
      brands: [brand()],
      toneProfiles: [profile({ id: 'b1:fr', data: { name: 'Acme FR', address: 'vous' }, updatedAt: 99 })],
    };
    // Same brand, same name, another id and other content: a conflict kept as a copy.
    const k = kit({
      brands: [brand()],
      toneProfiles: [
        profile({ id: 'kit-uuid', data: { name: 'Acme FR', address: 'tu', language: 'en' }, updatedAt: 20 }),
      ],
    });
    const { writes } = mergeKit(local, k, {}, opts());
    expect(writes.toneProfiles).toHaveLength(1);
    expect(writes.toneProfiles[0]!.id).toBe('b1:en');
  });

  it('leaves an identical tone profile alone when its brand is kept and copied', () => {
    const k = kit({ brands: [brand({ updatedAt: 20 })], toneProfiles: [profile()] });
    // Stored as a kit holds it (the database layer compares profiles with their defaults filled in).
    const local: LocalState = {
      ...empty(),
      brands: [brand({ handles: ['@acme', '@acme_fr'], updatedAt: 99 })],
      toneProfiles: [k.toneProfiles[0]!],
    };
    const { plan, writes } = mergeKit(local, k, {}, opts());
    expect(plan.entries.map((e) => [e.kind, e.status, e.action])).toEqual([
      ['brand', 'conflict', 'copy'],
      ['toneProfile', 'unchanged', 'skip'],
    ]);
    expect(writes.toneProfiles).toEqual([]);
  });

  it('numbers copy names until one is free', () => {
    const local: LocalState = {
      ...empty(),
      snippets: [snippet({ updatedAt: 50 }), snippet({ id: 's2', name: 'merci-imported' })],
    };
    const { writes } = mergeKit(local, kit({ snippets: [snippet({ body: 'autre', updatedAt: 20 })] }), {}, opts());
    expect(writes.snippets[0]!.name).toBe('merci-imported-2');
  });

  it('merges troll notes without losing the moderator’s own words', () => {
    const author = {
      key: 'x:@jo',
      platform: 'x',
      handle: '@jo',
      name: 'Jo',
      url: 'https://x.com/jo',
      firstSeenAt: 1,
      lastSeenAt: 2,
      notes: 'Insulte le SAV',
      labels: ['vip'],
    };
    const blank = { ...author, key: 'x:@kim', handle: '@kim', notes: '', labels: [] };
    const local: LocalState = { ...empty(), authors: [author, blank] };
    const k = kit({
      trollNotes: [
        { platform: 'x', handle: '@JO', labels: ['sealion', 'vip'], notes: 'Même question chaque jour' },
        { platform: 'x', handle: '@kim', labels: ['spam'], notes: '' },
      ],
    });
    const { plan, writes } = mergeKit(local, k, {}, opts());
    expect(plan.entries.map((e) => [e.status, e.action])).toEqual([
      ['conflict', 'merge'],
      ['changed', 'update'],
    ]);
    expect(writes.authors[0]).toEqual({
      ...author,
      notes: 'Insulte le SAV\n\nMême question chaque jour',
      labels: ['vip', 'sealion'],
    });
    expect(writes.authors[1]).toEqual({ ...blank, labels: ['spam'] });
    const theirs = mergeKit(local, k, { 'trollNote:0': 'theirs' }, opts());
    expect(theirs.writes.authors[0]).toMatchObject({
      notes: 'Même question chaque jour',
      labels: ['sealion', 'vip'],
      url: 'https://x.com/jo',
    });
  });

  it('never writes fewer records than the local ones it meets, whatever the choices (nothing deleted)', () => {
    const local: LocalState = {
      ...empty(),
      brands: [brand({ updatedAt: 99 })],
      snippets: [snippet({ updatedAt: 99 }), snippet({ id: 's2', name: 'bye' })],
    };
    const k = kit({
      brands: [brand({ name: 'Acme', aliases: ['x'] })],
      snippets: [
        snippet({ body: 'autre' }),
        snippet({ id: 's2', name: 'bye', body: 'ciao', updatedAt: 11 }),
        snippet({ id: 's3', name: 'new' }),
      ],
    });
    for (const choice of ['keep', 'theirs'] as const) {
      const choices = Object.fromEntries(['brand:0', 'snippet:0', 'snippet:1', 'snippet:2'].map((k) => [k, choice]));
      const { writes } = mergeKit(local, k, choices, opts());
      // Every local id is either untouched or rewritten in place; no write carries a delete.
      const localIds = new Set(local.snippets.map((s) => s.id));
      const after = new Map([
        ...local.snippets.map((s) => [s.id, s] as const),
        ...writes.snippets.map((s) => [s.id, s] as const),
      ]);
      for (const id of localIds) expect(after.has(id)).toBe(true);
      expect(after.size).toBeGreaterThanOrEqual(local.snippets.length + 1);
    }
  });
});
