// The background's routes for in-page replies, through the real router and a fresh database:
// suggestions for a stored item, the reply log (first-response time ends at insertion), the
// snippets the "/" quick insert lists and their usage count, and the profiles the meter checks with.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { defaultProfile, loadToneFor } from '../../utils/tone/voice-repo';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { checkDraft } from '../../utils/tone/core/check';
import { defaultToneProfile } from '../../utils/tone/core/defaults';
import { REVISE_MS } from '../../utils/tone/replies-repo';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const content: SenderInfo = { id: 'tact-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/options.html' };

let db: TactDB;
let now: number;
let handle: ReturnType<typeof createRouter>;

beforeEach(() => {
  db = new TactDB(`tone-page-${Math.random()}`);
  now = 1_800_000_000_000;
  handle = createRouter(
    createHandlers(db, {
      setBadge: async () => {},
      notify: async () => {},
      revealInTab: async () => false,
      openTab: async () => {},
      now: () => now,
    }),
    EXT,
  );
});

const send = async <T>(type: string, payload: unknown, from: SenderInfo = content): Promise<T> => {
  const reply = await handle({ type, payload }, from);
  if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
};

async function seed(text: string, author = 'Marie Dupont'): Promise<{ key: string; brandId: string }> {
  const brand = await send<{ id: string }>(
    'brands.save',
    { brand: { name: 'Acme', handles: ['@acme'], products: ['RoadRunner 3000'] } },
    page,
  );
  const seen = await send<{ results: Array<{ key: string }> }>('items.seen', {
    platform: 'x',
    url: 'https://x.com/home',
    items: [
      {
        platform: 'x',
        platformId: '1',
        kind: 'post',
        author: { name: author, handle: '@marie', url: 'https://x.com/marie' },
        text,
        permalink: 'https://x.com/marie/status/1',
      },
    ],
  });
  return { key: seen.results[0]!.key, brandId: brand.id };
}

async function storeProfile(brandId: string, id: string, data: Record<string, unknown>, updatedAt = now) {
  await db.toneProfiles.put({ id, brandId, name: String(data.name ?? id), data, updatedAt });
}

describe('suggest.forItem', () => {
  it('answers three replies in the brand profile’s voice, filled from the item, none with a banned word', async () => {
    const { key, brandId } = await seed('Ma RoadRunner 3000 de chez @acme ne démarre plus, c’est inadmissible');
    await storeProfile(brandId, 'fr', {
      name: 'Acme FR',
      language: 'fr',
      address: 'tu',
      emoji: 'none',
      banned: ['désolés'],
      signature: '— L’équipe Acme',
    });
    const s = await send<{
      found: boolean;
      replies: Array<{ text: string; snippet: string | null }>;
      lang: string;
      brandName: string;
    }>('suggest.forItem', { key });
    expect(s).toMatchObject({ found: true, lang: 'fr', brandName: 'Acme', shortcut: null });
    expect(s.replies).toHaveLength(3);
    const profile = await loadToneFor(db, brandId, 'fr');
    for (const r of s.replies) {
      expect(r.text).toContain('Marie');
      expect(r.text).not.toMatch(/désolés/i);
      expect(r.text).not.toMatch(/\bvous\b|\bvotre\b/i); // the profile says "tu"
      expect(r.text.endsWith('— L’équipe Acme')).toBe(true);
      expect(checkDraft(r.text, profile, { platform: 'x', lang: 'fr' })).toEqual([]);
    }
  });

  it('puts the team’s snippet for the intent first', async () => {
    const { key } = await seed('Is the RoadRunner 3000 from @acme waterproof?', 'John Smith');
    await db.snippets.put({
      id: 's1',
      name: 'waterproof',
      language: 'en',
      body: 'Hi {firstName}, yes: the {product} is waterproof (IP67).',
      tags: [],
      intents: ['question'],
      trollTypes: [],
      kind: 'reply' as const,
      usageCount: 0,
      updatedAt: now,
    });
    const s = await send<{ replies: Array<{ text: string; snippet: string | null }> }>('suggest.forItem', { key });
    // The default profile signs every reply with the brand's team.
    expect(s.replies[0]).toEqual({
      text: 'Hi John, yes: the RoadRunner 3000 is waterproof (IP67).\n— The Acme team',
      snippet: 's1',
    });
  });

  it('says found: false for an item it never stored', async () => {
    expect(await send('suggest.forItem', { key: 'x:404' })).toMatchObject({ found: false, replies: [] });
  });
});

describe('replies.log', () => {
  it('logs the reply, moves a new item to in_progress and sets repliedAt once', async () => {
    const { key } = await seed('@acme merci pour la livraison rapide');
    expect(await send('replies.log', { key, text: 'Merci Marie !', source: 'suggestion' })).toEqual({ logged: true });
    now += REVISE_MS;
    expect(await send('replies.log', { key, text: 'Autre chose ?', source: 'typed' })).toEqual({ logged: true });
    const item = await db.items.get(key);
    expect(item).toMatchObject({ status: 'in_progress', attention: 0, repliedAt: 1_800_000_000_000 });
    expect((await db.replies.where('itemKey').equals(key).toArray()).map((r) => r.text)).toEqual([
      'Merci Marie !',
      'Autre chose ?',
    ]);
  });

  it('keeps who inserted it (the CM’s name), where the text came from and its tone problems', async () => {
    const { key, brandId } = await seed('@acme ma commande est en retard');
    await storeProfile(brandId, 'fr', { name: 'Acme FR', language: 'fr', banned: ['malheureusement'], signature: '' });
    await send('settings.set', { cmName: 'Marie' }, page);
    const text = 'Malheureusement la commande part demain.';
    await send('replies.log', { key, text, source: 'snippet' });
    const profile = await loadToneFor(db, brandId, 'fr');
    const issues = checkDraft(text, profile, { platform: 'x', lang: 'fr' }).length;
    expect(issues).toBeGreaterThan(0);
    expect(await db.replies.toArray()).toEqual([
      expect.objectContaining({ itemKey: key, at: now, text, by: 'Marie', source: 'snippet', toneIssues: issues }),
    ]);
    expect((await db.events.where('type').equals('status').toArray())[0]?.data).toEqual({
      from: 'new',
      to: 'in_progress',
      by: 'Marie',
    });
  });

  it('counts a reply revised soon after by the same CM once, as it ends (a suggestion rewritten with AI)', async () => {
    const { key } = await seed('@acme merci');
    await send('replies.log', { key, text: 'Merci Marie !', source: 'suggestion' });
    now += REVISE_MS - 1;
    await send('replies.log', { key, text: 'Merci beaucoup Marie !', source: 'ai' });
    expect(await db.replies.toArray()).toEqual([
      expect.objectContaining({ at: 1_800_000_000_000, text: 'Merci beaucoup Marie !', source: 'ai', by: '' }),
    ]);
    // Another CM's reply is theirs, however soon.
    await send('settings.set', { cmName: 'Léo' }, page);
    await send('replies.log', { key, text: 'Et bonne journée !', source: 'typed' });
    expect((await db.replies.toArray()).map((r) => [r.by, r.source])).toEqual([
      ['', 'ai'],
      ['Léo', 'typed'],
    ]);
  });

  it('refuses a reply without a known source', async () => {
    const { key } = await seed('@acme merci');
    await expect(send('replies.log', { key, text: 'Merci' })).rejects.toThrow(/invalid/);
    await expect(send('replies.log', { key, text: 'Merci', source: 'magic' })).rejects.toThrow(/invalid/);
    expect(await db.replies.count()).toBe(0);
  });

  it('keeps a status a CM already set (replied stays replied)', async () => {
    const { key } = await seed('@acme merci');
    await send('items.setStatus', { key, status: 'replied' }, page);
    await send('replies.log', { key, text: 'Merci !', source: 'suggestion' });
    expect((await db.items.get(key))?.status).toBe('replied');
  });

  it('does not log against an unknown item', async () => {
    expect(await send('replies.log', { key: 'x:404', text: 'Merci', source: 'typed' })).toEqual({ logged: false });
    expect(await db.replies.count()).toBe(0);
  });
});

describe('snippets.forPage and snippets.used', () => {
  const snippet = (id: string, name: string, usageCount: number) => ({
    id,
    name,
    language: 'fr' as const,
    body: `Bonjour {prénom} (${name})`,
    tags: [],
    intents: [],
    trollTypes: [],
    kind: 'reply' as const,
    usageCount,
    updatedAt: now,
  });

  it('lists snippets most used first, and counts a use', async () => {
    await db.snippets.bulkPut([snippet('a', 'merci', 1), snippet('b', 'excuses', 5)]);
    await db.snippets.put({ id: 'broken', name: 'has space' } as never); // an invalid row is skipped, not fatal
    expect((await send<Array<{ id: string }>>('snippets.forPage', {})).map((s) => s.id)).toEqual(['b', 'a']);
    expect(await send('snippets.used', { id: 'a' })).toEqual({ usageCount: 2 });
    expect((await db.snippets.get('a'))?.usageCount).toBe(2);
    expect(await send('snippets.used', { id: 'nope' })).toEqual({ usageCount: null });
  });

  it('refuses snippets.forPage from an extension page (content scripts only)', async () => {
    expect(await handle({ type: 'snippets.forPage', payload: {} }, page)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('tone.forPage and loadToneFor', () => {
  it('gives each brand its stored profiles, or defaults in its languages, and names the default brand', async () => {
    const { brandId } = await seed('@acme');
    const other = await send<{ id: string }>('brands.save', { brand: { name: 'Zeta', languages: ['en'] } }, page);
    await storeProfile(brandId, 'fr', { name: 'Acme FR', language: 'fr', banned: ['malheureusement'] });
    const tone = await send<{
      brands: Array<{ brandId: string; profiles: Array<{ language: string; banned: string[] }> }>;
      defaultBrandId: string;
    }>('tone.forPage', {});
    expect(tone.defaultBrandId).toBe(brandId);
    expect(tone.brands.find((b) => b.brandId === brandId)?.profiles).toMatchObject([
      { language: 'fr', banned: ['malheureusement'] },
    ]);
    expect(tone.brands.find((b) => b.brandId === other.id)?.profiles).toMatchObject([{ language: 'en', banned: [] }]);
  });

  it('picks the profile in the reply’s language, skips a broken row, and falls back to a default', async () => {
    const { brandId } = await seed('@acme');
    await storeProfile(brandId, 'broken', { name: 'Broken', formality: 9 }, now + 10);
    await storeProfile(brandId, 'en', { name: 'Acme EN', language: 'en' });
    await storeProfile(brandId, 'fr', { name: 'Acme FR', language: 'fr' });
    expect((await loadToneFor(db, brandId, 'fr')).name).toBe('Acme FR');
    expect((await loadToneFor(db, brandId, 'en')).name).toBe('Acme EN');
    expect(await loadToneFor(db, 'unknown', 'fr')).toEqual(defaultProfile('', 'fr'));
    const both = await send<{ id: string }>('brands.save', { brand: { name: 'Duo', languages: ['en', 'fr'] } }, page);
    // The same default as the options page (tone-repo getToneProfile): in all the brand's languages.
    expect(await loadToneFor(db, both.id, 'fr')).toEqual(defaultToneProfile('Duo', 'fr', ['en', 'fr']));
    expect(defaultProfile('Acme', 'fr')).toMatchObject({
      name: 'Acme FR',
      language: 'fr',
      address: 'vous',
      banned: [],
    });
  });
});
