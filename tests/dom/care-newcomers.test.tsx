// The side panel's newcomers to welcome (fake-indexeddb) and the options' community places: per brand,
// today's newcomers not yet welcomed (never a spammer, never one welcomed or first seen over a day
// ago), "Go to it" and "Mark welcomed" sent to the background, the list following the database to its
// empty state, FR and EN; community places checked line by line and saved on the brand.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageDb } from '../../components/db';
import { Newcomers } from '../../utils/care/ui/newcomers';
import { CommunityPlaces } from '../../utils/care/ui/community-places';
import { markWelcomed } from '../../utils/care/members-repo';
import { brandSchema, type Brand } from '../../utils/mentions/core/brand';
import type { Member } from '../../utils/care/core/member';
import type { StoredItem } from '../../utils/db/schema';
import { V7_ITEM } from '../support/stored-item';
import { mountRoot, renderIn, settle, submitForm, typeInto, unmountRoot } from '../support/dom-render';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 30, 12, 0);
let root: HTMLElement;

const ACME = brandSchema.parse({ id: 'acme', name: 'Acme', createdAt: 0, updatedAt: 0, communities: ['r/acme'] });
const ZEPHYR = brandSchema.parse({ id: 'zephyr', name: 'Zephyr', createdAt: 0, updatedAt: 0 });

function member(brandId: string, who: string, hoursAgo: number, over: Partial<Member> = {}): Member {
  const authorKey = `reddit:u/${who.toLowerCase()}`;
  return {
    key: `${brandId}|${authorKey}`,
    brandId,
    authorKey,
    platform: 'reddit',
    name: who,
    handle: `u/${who.toLowerCase()}`,
    firstSeenAt: NOW - hoursAgo * HOUR,
    firstItemKey: `reddit:t1_${who.toLowerCase()}`,
    welcomedAt: null,
    welcomedBy: null,
    ...over,
  };
}
function item(who: string, text: string): StoredItem {
  return {
    platform: 'reddit',
    platformId: `t1_${who.toLowerCase()}`,
    kind: 'comment',
    author: { name: who, handle: `u/${who.toLowerCase()}`, url: '' },
    text,
    truncated: false,
    time: '',
    rootText: '',
    permalink: `https://www.reddit.com/r/acme/comments/1/x/t1_${who.toLowerCase()}/`,
    parentId: 't3_1',
    key: `reddit:t1_${who.toLowerCase()}`,
    firstSeenAt: NOW,
    lastSeenAt: NOW,
    brandIds: [],
    status: 'new',
    attention: 0,
    intent: 'other',
    sentiment: 0,
    priority: 0,
    repliedAt: null,
    ...V7_ITEM,
  } as StoredItem;
}

beforeEach(async () => {
  const db = pageDb();
  await Promise.all([db.members.clear(), db.items.clear(), db.brands.clear(), db.verdicts.clear()]);
  await db.brands.bulkPut([ACME, ZEPHYR]);
  await db.members.bulkPut([
    member('acme', 'Paul', 1),
    member('acme', 'Nina', 3),
    member('zephyr', 'Omar', 2),
    member('acme', 'Spammy', 1),
    member('acme', 'Old', 25),
    member('acme', 'Done', 2, { welcomedAt: NOW - HOUR, welcomedBy: 'Léa' }),
  ]);
  await db.items.bulkPut([
    item('Paul', 'Hi all, my <b>RoadRunner</b> arrived today!'),
    item('Nina', 'Bonjour, des conseils pour débuter ?'),
    item('Omar', 'Hello Zephyr fans'),
    item('Spammy', 'Cheap followers at example.com'),
  ]);
  await db.verdicts.put({ itemKey: 'reddit:t1_spammy', kind: 'troll', at: NOW, data: { type: 'spammer' } });
  root = mountRoot();
});
afterEach(() => unmountRoot(root, { resetBrowser: true }));

function show(lang: 'en' | 'fr' = 'en', announce = vi.fn()) {
  renderIn(root, <Newcomers announce={announce} now={NOW} />, lang);
  return announce;
}
const names = () => Array.from(root.querySelectorAll('li.newcomer .author')).map((e) => e.textContent);

describe('side panel: newcomers to welcome', () => {
  it('lists today’s newcomers not yet welcomed, per brand, newest first; never a spammer', async () => {
    show();
    await settle();
    const groups = Array.from(root.querySelectorAll('.newcomers-brand h4')).map((h) => h.textContent);
    expect(groups).toEqual(['Acme (2)', 'Zephyr (1)']);
    expect(names()).toEqual(['Paul', 'Nina', 'Omar']);
    const paul = root.querySelector('li.newcomer')!;
    expect(paul.querySelector('.platform')?.textContent).toBe('Reddit');
    // The page's text is text: no markup read from it.
    expect(paul.querySelector('.item-text')?.textContent).toBe('Hi all, my <b>RoadRunner</b> arrived today!');
    expect(paul.querySelector('b')).toBeNull();
  });

  it('Go to it opens the first message; Mark welcomed takes them off the list, down to the empty state', async () => {
    const sent: { type: string; payload: { key: string } }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      const m = message as (typeof sent)[number];
      sent.push(m);
      if (m.type === 'items.open') sendResponse({ ok: true, data: { opened: 'tab' } });
      // The background's part, on the same database.
      else
        void markWelcomed(pageDb(), m.payload.key, NOW, 'Léa').then((updated) =>
          sendResponse({ ok: true, data: { updated } }),
        );
      return true;
    });
    const announce = show('fr');
    await settle();
    const first = root.querySelector('li.newcomer')!;
    const [open, welcomed] = Array.from(first.querySelectorAll('button'));
    expect(open!.textContent).toBe('Y aller');
    expect(welcomed!.getAttribute('aria-label')).toBe('Marquer Paul comme accueilli');
    await act(() => open!.click());
    await settle();
    expect(sent[0]).toEqual({ type: 'items.open', payload: { key: 'reddit:t1_paul' } });
    await act(() => welcomed!.click());
    await settle();
    expect(sent[1]).toEqual({ type: 'care.welcomed', payload: { key: 'reddit:t1_paul' } });
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Paul est marqué comme accueilli.' });
    expect(names()).toEqual(['Nina', 'Omar']);
    for (const key of ['reddit:t1_nina', 'reddit:t1_omar']) await markWelcomed(pageDb(), key, NOW, '');
    await settle();
    expect(root.querySelector('.empty')?.textContent).toBe('Personne de nouveau à accueillir pour l’instant.');
  });
});

describe('options: community places', () => {
  function places(brand: Brand, save = vi.fn(async () => ({})), lang: 'en' | 'fr' = 'en', announce = vi.fn()) {
    renderIn(root, <CommunityPlaces brand={brand} announce={announce} save={save} />, lang);
    return { save, announce };
  }
  const type = (text: string) => typeInto(root.querySelector('textarea')!, text);
  const submit = () => submitForm(root.querySelector('form')!);

  it('shows the brand’s places with a hint, refuses a line that names no place and says which', async () => {
    const { save } = places(ACME);
    const area = root.querySelector('textarea')!;
    expect(area.value).toBe('r/acme');
    expect(root.querySelector(`label[for="${area.id}"]`)?.textContent).toBe('Community places of Acme, one per line');
    expect(area.getAttribute('aria-describedby')).toContain('hint');
    await type('r/acme\nacme fans');
    await submit();
    const error = root.querySelector('[role="alert"]')!;
    expect(error.textContent).toBe('Line 2 is not a place: “acme fans”. Give a page address or r/name.');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
  });

  it('saves the places, trimmed and without repeats, on the brand', async () => {
    const { save, announce } = places(
      ACME,
      vi.fn(async () => ({})),
      'fr',
    );
    await type(' r/acme \n\nhttps://www.facebook.com/acme/\nfacebook.com/acme\n');
    await submit();
    await settle();
    expect(save).toHaveBeenCalledWith({ ...ACME, communities: ['r/acme', 'https://www.facebook.com/acme/'] });
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Lieux de la communauté Acme enregistrés.' });
    expect(root.querySelector('textarea')!.value).toBe('r/acme\nhttps://www.facebook.com/acme/');
  });
});
