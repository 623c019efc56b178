// The side panel's list on its own: what a tab showed, read from the database (fake-indexeddb),
// mentions first and highlighted, page text kept as text, the status change sent to the background.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageDb } from '../../components/db';
import { I18nProvider } from '../../components/i18n';
import { segmentsOf } from '../../utils/mentions/ui/item-text';
import { TabItems } from '../../utils/mentions/ui/tab-items';
import type { StoredItem } from '../../utils/db/schema';
import { V7_ITEM } from '../support/stored-item';

const TAB = 7;
let root: HTMLElement;

function stored(id: string, text: string, brandIds: string[] = []): StoredItem {
  return {
    platform: 'x',
    platformId: id,
    kind: 'post',
    author: { name: 'Jo', handle: '@jo', url: '' },
    text,
    truncated: false,
    time: '',
    permalink: `https://x.com/jo/status/${id}`,
    parentId: null,
    rootText: '',
    key: `x:${id}`,
    firstSeenAt: 1,
    lastSeenAt: 1,
    brandIds,
    status: 'new',
    attention: brandIds.length ? 1 : 0,
    intent: 'other',
    sentiment: 0,
    priority: 0,
    repliedAt: null,
    ...V7_ITEM,
  };
}

async function settle() {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

beforeEach(async () => {
  const db = pageDb();
  await Promise.all([db.items.clear(), db.sightings.clear(), db.verdicts.clear()]);
  const plain = stored('1', '<img src=x onerror="alert(1)"> nothing to see');
  const mention = stored('2', 'I love Acme so much', ['b1']);
  await db.items.bulkPut([plain, mention]);
  await db.sightings.bulkPut([
    { tabId: TAB, itemKey: plain.key, at: 1 },
    { tabId: TAB, itemKey: mention.key, at: 2 },
    { tabId: TAB + 1, itemKey: 'x:other', at: 1 },
  ]);
  await db.verdicts.bulkPut([
    { itemKey: plain.key, kind: 'mention', at: 1, data: { mentions: [] } },
    {
      itemKey: mention.key,
      kind: 'mention',
      at: 2,
      data: { mentions: [{ brandId: 'b1', brandName: 'Acme', term: 'Acme', start: 7, end: 11 }] },
    },
  ]);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  fakeBrowser.reset();
});

function keys() {
  return Array.from(root.querySelectorAll('[data-item-key]')).map((e) => e.getAttribute('data-item-key'));
}

describe('TabItems', () => {
  it('lists only the mentions at first, highlighted, in a named list', async () => {
    render(
      <I18nProvider setting="en">
        <TabItems tabId={TAB} announce={() => {}} />
      </I18nProvider>,
      root,
    );
    await settle();
    const list = root.querySelector('[role="list"]')!;
    const name = root.ownerDocument.getElementById(list.getAttribute('aria-labelledby')!)?.textContent;
    expect(name).toBe('Items seen on this tab');
    expect(keys()).toEqual(['x:2']);
    expect(root.querySelector('mark')?.textContent).toBe('Acme');
    expect(root.querySelector('[data-item-key="x:2"] .item-text')?.textContent).toBe('I love Acme so much');
  });

  it('shows the other items after the mentions, as text only', async () => {
    render(
      <I18nProvider setting="en">
        <TabItems tabId={TAB} announce={() => {}} />
      </I18nProvider>,
      root,
    );
    await settle();
    const toggle = Array.from(root.querySelectorAll('label'))
      .find((l) => l.textContent?.includes('Show only mentions'))!
      .querySelector('input')!;
    await act(() => toggle.click());
    expect(keys()).toEqual(['x:2', 'x:1']);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-item-key="x:1"] .item-text')?.textContent).toContain('<img src=x');
  });

  it('sends the new status and says so', async () => {
    const sent: unknown[] = [];
    // Answered the way the background answers: sendResponse, and true to say it will.
    fakeBrowser.runtime.onMessage.addListener(
      (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
        sent.push(message);
        sendResponse({ ok: true, data: { updated: true } });
        return true;
      },
    );
    const announce = vi.fn();
    render(
      <I18nProvider setting="en">
        <TabItems tabId={TAB} announce={announce} />
      </I18nProvider>,
      root,
    );
    await settle();
    const select = root.querySelector<HTMLSelectElement>('[data-item-key="x:2"] select')!;
    await act(async () => {
      select.value = 'replied';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(sent).toEqual([{ type: 'items.setStatus', payload: { key: 'x:2', status: 'replied' } }]);
    expect(announce).toHaveBeenCalledWith({ kind: 'ok', text: 'Status changed to “Replied”.' });
  });

  it.each([
    [
      'en',
      'The status was not changed, it is still “New”: something went wrong in the extension. Try again, or reload it.',
    ],
    [
      'fr',
      'Le statut n’a pas été changé, il reste « Nouveau » : un problème est survenu dans l’extension. ' +
        'Réessayez, ou rechargez-la.',
    ],
  ] as const)('puts the stored status back and says why when saving fails (%s)', async (lang, text) => {
    fakeBrowser.runtime.onMessage.addListener(
      (_message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
        sendResponse({ ok: false, error: { code: 'failed', message: 'disk full' } });
        return true;
      },
    );
    const announce = vi.fn();
    render(
      <I18nProvider setting={lang}>
        <TabItems tabId={TAB} announce={announce} />
      </I18nProvider>,
      root,
    );
    await settle();
    const select = root.querySelector<HTMLSelectElement>('[data-item-key="x:2"] select')!;
    await act(async () => {
      select.value = 'replied';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(announce).toHaveBeenCalledWith({ kind: 'error', text });
    expect(select.value).toBe('new');
    expect(root.querySelector<HTMLSelectElement>('[data-item-key="x:2"] select')!.value).toBe('new');
    expect((await pageDb().items.get('x:2'))?.status).toBe('new');
  });

  it('says when the tab showed nothing yet', async () => {
    render(
      <I18nProvider setting="fr">
        <TabItems tabId={99} announce={() => {}} />
      </I18nProvider>,
      root,
    );
    await settle();
    expect(root.querySelector('[role="list"]')).toBeNull();
    expect(root.textContent).toContain('Rien de vu sur cet onglet');
  });
});

describe('segmentsOf', () => {
  const m = (start: number, end: number) => ({ brandId: 'b', brandName: 'B', term: 't', start, end });
  it('cuts the text at the spans and drops overlapping or out-of-range ones', () => {
    expect(segmentsOf('abcdef', [m(3, 5), m(0, 2), m(1, 4), m(4, 9)]).map((s) => [s.text, !!s.mention])).toEqual([
      ['ab', true],
      ['c', false],
      ['de', true],
      ['f', false],
    ]);
    expect(segmentsOf('', [])).toEqual([{ text: '' }]);
  });
});
