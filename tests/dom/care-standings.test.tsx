// The side panel's advocates and detractors on their own (fake-indexeddb): both lists with counts and
// last messages, empty states in FR and EN, "Go to it" sent to the background, and the author's note
// saved through authors.label with the labels the author has at that moment (never wiped).
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageDb } from '../../components/db';
import { Standings } from '../../utils/care/ui/standings';
import { labelAuthor } from '../../utils/trolls/repo';
import type { Author, StoredItem } from '../../utils/db/schema';
import { V7_ITEM } from '../support/stored-item';
import { mountRoot, renderIn, settle, submitForm, typeInto, unmountRoot } from '../support/dom-render';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12, 0);
let root: HTMLElement;
let seq = 0;

function stored(who: string, daysAgo: number, over: Partial<StoredItem> = {}): StoredItem {
  seq++;
  const at = NOW - daysAgo * DAY;
  return {
    platform: 'facebook',
    platformId: `c${seq}`,
    kind: 'comment',
    author: { name: who, handle: '', url: `https://www.facebook.com/${who.toLowerCase().replace(/\s+/gu, '.')}` },
    text: `${who} says ${seq}`,
    time: '',
    permalink: `https://www.facebook.com/acme/posts/1?comment_id=${seq}`,
    parentId: 'p1',
    key: `facebook:c${seq}`,
    firstSeenAt: at,
    lastSeenAt: at,
    brandIds: ['acme'],
    status: 'new',
    attention: 1,
    intent: 'praise',
    sentiment: 0.7,
    priority: 10,
    repliedAt: null,
    ...V7_ITEM,
    postedAt: at,
    authorKey: `facebook:https://www.facebook.com/${who.toLowerCase().replace(/\s+/gu, '.')}`,
    lang: 'en',
    ...over,
  } as StoredItem;
}
function author(who: string, over: Partial<Author> = {}): Author {
  const url = `https://www.facebook.com/${who.toLowerCase().replace(/\s+/gu, '.')}`;
  return {
    key: `facebook:${url}`,
    platform: 'facebook',
    handle: '',
    name: who,
    url,
    firstSeenAt: NOW - 40 * DAY,
    lastSeenAt: NOW,
    notes: '',
    labels: [],
    counts: {},
    recent: [],
    ...over,
  };
}
const JULIE = author('Julie Martin', { labels: ['vip_customer'], notes: 'Met at the fair' });
const MARC = author('Marc Dubois');

async function seed() {
  const db = pageDb();
  await Promise.all([db.items.clear(), db.authors.clear(), db.events.clear()]);
  await db.items.bulkPut([
    stored('Julie Martin', 4, { text: 'Acme rocks, first', answeredAt: NOW - 3 * DAY }),
    stored('Julie Martin', 3, { text: 'Love the new Acme app' }),
    stored('Julie Martin', 2, { text: 'Acme support was great', repliedAt: NOW - DAY }),
    stored('Julie Martin', 1, { text: '<b>Best</b> brand, Acme!' }),
    ...[1, 2, 3].map((d) =>
      stored('Marc Dubois', d, { intent: 'complaint', sentiment: -0.6, text: `Late again ${d}` }),
    ),
  ]);
  await db.authors.bulkPut([JULIE, MARC]);
}

beforeEach(async () => {
  await seed();
  root = mountRoot();
});
afterEach(() => unmountRoot(root, { resetBrowser: true }));

function show(lang: 'en' | 'fr' = 'en', announce = vi.fn()) {
  renderIn(root, <Standings announce={announce} now={NOW} />, lang);
  return announce;
}

const card = (name: string) =>
  Array.from(root.querySelectorAll<HTMLElement>('li.standing')).find((li) =>
    li.querySelector('.author')?.textContent?.includes(name),
  )!;

describe('Standings', () => {
  it('lists the advocate and the detractor with counts, platform and their last three messages as text', async () => {
    show();
    await settle();
    const advocates = root.querySelector('[data-testid="care-advocates"]')!;
    const detractors = root.querySelector('[data-testid="care-detractors"]')!;
    expect(advocates.querySelector('h4')?.textContent).toBe('Advocates (1)');
    expect(detractors.querySelector('h4')?.textContent).toBe('Detractors (1)');
    const julie = advocates.querySelector<HTMLElement>('li.standing')!;
    expect(julie.querySelector('.standing-head')?.textContent).toContain('Julie Martin');
    expect(julie.querySelector('.platform')?.textContent).toBe('Facebook');
    expect(julie.querySelector('.standing-counts')?.textContent).toBe('4 praises in 30 days, answered 2');
    expect(julie.querySelector('.standing-labels')?.textContent).toBe('Labels: VIP customer');
    const texts = Array.from(julie.querySelectorAll('.item-text')).map((p) => p.textContent);
    expect(texts).toEqual(['<b>Best</b> brand, Acme!', 'Acme support was great', 'Love the new Acme app']);
    expect(root.querySelector('b')).toBeNull();
    const marc = detractors.querySelector<HTMLElement>('li.standing')!;
    expect(marc.querySelector('.standing-counts')?.textContent).toBe('3 complaints in 30 days, answered 0');
    // Each list is a named region; each message list is named after its author.
    expect(root.querySelector('[aria-labelledby="care-advocates-heading"]')).not.toBeNull();
    expect(julie.querySelector('ul')?.getAttribute('aria-label')).toBe('Last messages of Julie Martin');
  });

  it('speaks French, and says so when a list is empty', async () => {
    await pageDb().items.where('authorKey').equals(MARC.key).delete();
    show('fr');
    await settle();
    expect(root.querySelector('h3')?.textContent).toBe('Ambassadeurs et détracteurs');
    expect(card('Julie').querySelector('.standing-counts')?.textContent).toBe(
      '4 messages positifs en 30 jours, 2 avec réponse',
    );
    expect(root.querySelector('[data-testid="care-detractors"] .empty')?.textContent).toBe(
      'Aucun détracteur : personne ne s’est plaint 3 fois ces 30 derniers jours.',
    );
  });

  it('leaves out an author labelled a troll, live', async () => {
    show();
    await settle();
    expect(root.querySelectorAll('[data-testid="care-detractors"] li.standing')).toHaveLength(1);
    await pageDb().authors.update(MARC.key, { labels: ['known_troll'] });
    await settle();
    expect(root.querySelectorAll('[data-testid="care-detractors"] li.standing')).toHaveLength(0);
    expect(root.querySelector('[data-testid="care-detractors"] .empty')?.textContent).toContain('No detractor');
  });

  it('"Go to it" asks the background to open that message', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sent.push(message);
      sendResponse({ ok: true, data: { opened: 'tab' } });
      return true;
    });
    const announce = show();
    await settle();
    const buttons = card('Marc').querySelectorAll<HTMLButtonElement>('.standing-messages button');
    expect(buttons).toHaveLength(3);
    expect(buttons[0]!.textContent).toBe('Go to it');
    expect(buttons[0]!.getAttribute('aria-label')).toMatch(/^Go to the message of Marc Dubois from /u);
    await act(() => buttons[0]!.click());
    await settle();
    const first = card('Marc').querySelector('.standing-messages li')!.getAttribute('data-item-key');
    expect(sent).toEqual([{ type: 'items.open', payload: { key: first } }]);
    expect(announce).toHaveBeenCalledWith(expect.objectContaining({ kind: 'ok' }));
  });

  it('saves the note with the labels the author has now, even ones added since the list was drawn', async () => {
    const sent: { type: string; payload: { key: string; labels: string[]; note: string } }[] = [];
    // The background's part, on the same database: the trolls' labelAuthor.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sent.push(message as (typeof sent)[number]);
      const { key, labels, note } = (message as (typeof sent)[number]).payload;
      void labelAuthor(pageDb(), key, labels, note, { now: NOW, by: 'Léa' }).then((data) =>
        sendResponse({ ok: true, data }),
      );
      return true;
    });
    const announce = show();
    await settle();
    const julie = card('Julie');
    const textarea = julie.querySelector('textarea')!;
    expect(textarea.value).toBe('Met at the fair');
    expect(julie.querySelector(`label[for="${textarea.id}"]`)?.textContent).toBe('Note on Julie Martin');
    const save = julie.querySelector<HTMLButtonElement>('form button[type="submit"]')!;
    expect(save.disabled).toBe(true);
    // Another page labels her meanwhile (the page's author card).
    await pageDb().authors.update(JULIE.key, { labels: ['vip_customer', 'ambassador'] });
    await typeInto(textarea, 'Met at the fair; sends photos');
    expect(save.disabled).toBe(false);
    await submitForm(julie.querySelector('form')!);
    await settle();
    expect(sent).toEqual([
      {
        type: 'authors.label',
        payload: { key: JULIE.key, labels: ['vip_customer', 'ambassador'], note: 'Met at the fair; sends photos' },
      },
    ]);
    const after = await pageDb().authors.get(JULIE.key);
    expect(after).toMatchObject({ labels: ['vip_customer', 'ambassador'], notes: 'Met at the fair; sends photos' });
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Note on Julie Martin saved.' });
    // The list follows the database: the new label shows.
    expect(card('Julie').querySelector('.standing-labels')?.textContent).toBe('Labels: VIP customer, ambassador');
  });

  it('says why when the note cannot be saved, and keeps what was typed', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sendResponse({ ok: false, error: { code: 'failed', message: 'disk full' } });
      return true;
    });
    const announce = show();
    await settle();
    const textarea = card('Marc').querySelector('textarea')!;
    await typeInto(textarea, 'Waiting for a refund');
    await submitForm(card('Marc').querySelector('form')!);
    await settle();
    expect(announce).toHaveBeenLastCalledWith({
      kind: 'error',
      text: expect.stringMatching(/^Could not save the note on Marc Dubois: /u),
    });
    expect(card('Marc').querySelector('textarea')!.value).toBe('Waiting for a refund');
  });

  it('says so when the author is no longer known, without sending anything', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sent.push(m);
      sendResponse({ ok: true, data: null });
      return true;
    });
    const announce = show();
    await settle();
    await pageDb().authors.delete(MARC.key);
    const textarea = card('Marc').querySelector('textarea')!;
    await typeInto(textarea, 'Gone?');
    await submitForm(card('Marc').querySelector('form')!);
    await settle();
    expect(sent).toEqual([]);
    expect(announce).toHaveBeenLastCalledWith({
      kind: 'error',
      text: 'Could not save the note on Marc Dubois: Tact has no record of this author any more.',
    });
  });
});
