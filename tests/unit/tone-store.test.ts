// Tone profiles and snippets through the background's router, as the pages and content scripts use them.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/options.html' };
const content: SenderInfo = { id: 'tact-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };

let db: TactDB;
let handle: ReturnType<typeof createRouter>;
let brandId: string;

beforeEach(async () => {
  db = new TactDB(`tone-${Math.random()}`);
  handle = createRouter(
    createHandlers(db, {
      setBadge: async () => {},
      notify: async () => {},
      revealInTab: async () => false,
      openTab: async () => {},
    }),
    EXT,
  );
  const saved = await handle(
    { type: 'brands.save', payload: { brand: { name: 'Acme', languages: ['fr', 'en'] } } },
    page,
  );
  brandId = (saved as { data: { id: string } }).data.id;
});

const call = async (type: string, payload: unknown, from: SenderInfo = page) => handle({ type, payload }, from);
const data = async (type: string, payload: unknown, from: SenderInfo = page) => {
  const r = await call(type, payload, from);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as any;
};
const MINIMAL = {
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement'],
  maxLength: { x: 280 },
};

describe('tone.* routes', () => {
  it('returns a default profile (French vous, English) for a brand without one, to pages and content', async () => {
    const fr = await data('tone.get', { brandId, language: 'fr' }, content);
    expect(fr).toMatchObject({
      isDefault: true,
      brandId,
      profile: {
        language: 'fr',
        languages: ['fr', 'en'],
        address: 'vous',
        signature: '— L’équipe Acme',
        maxLength: { x: 280 },
      },
    });
    const en = await data('tone.get', { brandId, language: 'en' });
    expect(en.profile).toMatchObject({ language: 'en', languages: ['en', 'fr'], signature: '— The Acme team' });
    expect(en.profile.address).toBeUndefined();
    expect(await data('tone.get', { brandId: 'nope' })).toBeNull();
    expect(await data('tone.list', {})).toEqual([]);
  });

  it('saves one profile per brand and language, lists, gets and deletes it', async () => {
    const saved = await data('tone.save', { brandId, profile: MINIMAL });
    expect(saved).toMatchObject({
      id: `${brandId}:fr`,
      isDefault: false,
      profile: { name: 'Acme FR', formality: 4, banned: ['malheureusement'] },
    });
    await data('tone.save', { brandId, profile: { ...MINIMAL, formality: 2 } });
    const list = await data('tone.list', {});
    expect(list).toHaveLength(1);
    expect(list[0].profile.formality).toBe(2);
    expect((await data('tone.get', { brandId, language: 'fr' })).isDefault).toBe(false);
    // Without a language: the saved one rather than a default.
    expect((await data('tone.get', { brandId })).profile.name).toBe('Acme FR');
    expect(await data('tone.delete', { id: `${brandId}:fr` })).toEqual({ deleted: true });
    expect((await data('tone.get', { brandId, language: 'fr' })).isDefault).toBe(true);
  });

  it('refuses an invalid profile with field paths and i18n keys, and keeps the saved one', async () => {
    await data('tone.save', { brandId, profile: MINIMAL });
    const r = await call('tone.save', { brandId, profile: { ...MINIMAL, address: 'toi', maxLength: { x: -1 } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const issues = (r as { error: { issues: { path: string; message: string }[] } }).error.issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'profile.address', message: 'error.address' },
        { path: 'profile.maxLength.x', message: 'error.range' },
      ]),
    );
    expect((await data('tone.list', {}))[0].profile.address).toBe('vous');
  });

  it('refuses a profile for an unknown brand, and edits from a content script', async () => {
    expect(await call('tone.save', { brandId: 'ghost', profile: MINIMAL })).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'brandId', message: 'error.unknownBrand' }] },
    });
    expect(await call('tone.save', { brandId, profile: MINIMAL }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('tone.list', {}, content)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('deletes the profiles of a deleted brand', async () => {
    await data('tone.save', { brandId, profile: MINIMAL });
    await data('brands.delete', { id: brandId });
    expect(await data('tone.list', {})).toEqual([]);
  });
});

describe('snippets.* routes', () => {
  const snippet = {
    name: 'retard',
    language: 'fr',
    body: 'Bonjour {prénom}, votre commande {orderId} arrive.',
    tags: ['livraison'],
    intents: ['complaint'],
  };

  it('saves, lists (content scripts too), counts uses and deletes snippets; an edit keeps the count', async () => {
    const saved = await data('snippets.save', { snippet });
    expect(saved).toMatchObject({ ...snippet, usageCount: 0, trollTypes: [] });
    expect(await data('snippets.used', { id: saved.id }, content)).toEqual({ usageCount: 1 });
    expect(await data('snippets.used', { id: saved.id })).toEqual({ usageCount: 2 });
    const edited = await data('snippets.save', { snippet: { ...snippet, id: saved.id, body: 'Bonjour {prénom} !' } });
    expect(edited).toMatchObject({ body: 'Bonjour {prénom} !', usageCount: 2 });
    expect(await data('snippets.list', {}, content)).toHaveLength(1);
    expect(await data('snippets.delete', { id: saved.id })).toEqual({ deleted: true });
    expect(await data('snippets.used', { id: saved.id })).toEqual({ usageCount: null });
    expect(await data('snippets.list', {})).toEqual([]);
  });

  it('refuses a second snippet of the same language and name, and a bad name, on the name field', async () => {
    await data('snippets.save', { snippet });
    expect(await call('snippets.save', { snippet: { ...snippet, name: 'RETARD' } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'snippet.name', message: 'error.snippetDuplicate' }] },
    });
    await data('snippets.save', { snippet: { ...snippet, language: 'en' } });
    expect(await call('snippets.save', { snippet: { ...snippet, name: 'two words' } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'snippet.name', message: 'error.snippetName' }] },
    });
    expect(await data('snippets.list', {})).toHaveLength(2);
  });

  it('refuses edits from a content script', async () => {
    expect(await call('snippets.save', { snippet }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('snippets.delete', { id: 'x' }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('records of a subscribed brand kit', () => {
  it('cannot be edited or deleted through the library routes, only copied', async () => {
    await db.snippets.put({
      id: 'sub-s1',
      name: 'merci',
      language: 'fr',
      body: 'Merci !',
      tags: [],
      intents: [],
      trollTypes: [],
      usageCount: 0,
      updatedAt: 1,
      subscriptionId: 'sub1',
    } as never);
    const save = await call('snippets.save', {
      snippet: { id: 'sub-s1', name: 'merci', language: 'fr', body: 'Changé' },
    });
    expect(save.ok).toBe(false);
    expect((await call('snippets.delete', { id: 'sub-s1' })).ok).toBe(false);
    expect((await db.snippets.get('sub-s1'))?.body).toBe('Merci !');
    await db.toneProfiles.put({
      id: `${brandId}:fr`,
      brandId,
      name: 'Kit FR',
      data: { language: 'fr' },
      updatedAt: 1,
      subscriptionId: 'sub1',
    } as never);
    expect((await call('tone.save', { brandId, profile: MINIMAL })).ok).toBe(false);
    expect((await call('tone.delete', { id: `${brandId}:fr` })).ok).toBe(false);
    expect((await db.toneProfiles.get(`${brandId}:fr`))?.name).toBe('Kit FR');
  });

  it('refuses a new tone profile on a subscribed brand (no profile of that language yet)', async () => {
    await db.brands.update(brandId, { subscriptionId: 'sub1' } as never);
    expect(
      (
        await call('tone.save', {
          brandId,
          profile: { ...MINIMAL, name: 'Acme EN', language: 'en', address: undefined },
        })
      ).ok,
    ).toBe(false);
    expect(await db.toneProfiles.count()).toBe(0);
  });
});
