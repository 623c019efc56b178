// The inbox card's correction of Tact's reading (intent, sentiment): labelled selects showing the
// stored values, each change sent as items.correct and said in the status region (saved, undone, or
// why not, the select going back), and a corrected card saying what Tact had read. FR and EN.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageDb } from '../../components/db';
import { I18nProvider } from '../../components/i18n';
import { Inbox } from '../../utils/mentions/ui/inbox';
import type { StoredItem } from '../../utils/db/schema';
import { V7_ITEM } from '../support/stored-item';

let root: HTMLElement;

const ITEM: StoredItem = {
  platform: 'x',
  platformId: '2',
  kind: 'post',
  author: { name: 'Jo', handle: '@jo', url: '' },
  text: 'Is Acme open on Sunday?',
  truncated: false,
  time: '',
  permalink: 'https://x.com/jo/status/2',
  parentId: null,
  rootText: '',
  key: 'x:2',
  firstSeenAt: 1,
  lastSeenAt: 1,
  brandIds: ['b1'],
  status: 'new',
  attention: 1,
  intent: 'question',
  sentiment: 0.1,
  priority: 40,
  repliedAt: null,
  ...V7_ITEM,
};

async function settle() {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

beforeEach(async () => {
  const db = pageDb();
  await Promise.all([db.items.clear(), db.verdicts.clear(), db.brands.clear()]);
  await db.items.put(ITEM);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  fakeBrowser.reset();
});

/** The background, answering each message with `answer` (as sendResponse does). */
function background(answer: (message: { type: string; payload: unknown }) => unknown) {
  const sent: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      sent.push(message);
      sendResponse(answer(message as { type: string; payload: unknown }));
      return true;
    },
  );
  return sent;
}

async function show(lang: 'en' | 'fr' = 'en') {
  const announce = vi.fn();
  render(
    <I18nProvider setting={lang}>
      <Inbox announce={announce} />
    </I18nProvider>,
    root,
  );
  await settle();
  return announce;
}

/** The card's control named `name` (by its <label for>), as a keyboard or screen reader user finds it. */
function control(name: string): HTMLSelectElement {
  const card = root.querySelector('[data-item-key="x:2"] fieldset.correction')!;
  const label = Array.from(card.querySelectorAll('label')).find((l) => l.textContent === name)!;
  return root.ownerDocument.getElementById(label.htmlFor) as HTMLSelectElement;
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('the inbox card’s correction', () => {
  it('shows Tact’s reading in labelled selects, sends a correction and says it', async () => {
    const sent = background(() => ({
      ok: true,
      data: {
        found: true,
        intent: 'complaint',
        sentiment: 'neutral',
        original: { intent: 'question', sentiment: null },
      },
    }));
    const announce = await show();
    const legend = root.querySelector('[data-item-key="x:2"] fieldset.correction legend');
    expect(legend?.textContent).toBe('Correct Tact’s reading');
    expect([control('Intent').value, control('Sentiment').value]).toEqual(['question', 'neutral']);
    expect(Array.from(control('Sentiment').options).map((o) => o.textContent)).toEqual([
      'Negative',
      'Neutral',
      'Positive',
    ]);
    await choose(control('Intent'), 'complaint');
    expect(sent).toEqual([{ type: 'items.correct', payload: { key: 'x:2', intent: 'complaint' } }]);
    expect(announce).toHaveBeenCalledWith({ kind: 'ok', text: 'Intent corrected to “Complaint”.' });
  });

  it('says when a correction back to Tact’s reading undid it', async () => {
    await pageDb().verdicts.put({
      itemKey: 'x:2',
      kind: 'correction',
      at: 5,
      data: { sentiment: -0.5, original: { sentiment: 0.1 }, at: 5, by: 'Marie' },
    });
    await pageDb().items.update('x:2', { sentiment: -0.5 });
    const sent = background(() => ({
      ok: true,
      data: { found: true, intent: 'question', sentiment: 'neutral', original: { intent: null, sentiment: null } },
    }));
    const announce = await show();
    expect(root.querySelector('[data-item-key="x:2"] .corrected')?.textContent).toBe(
      'Corrected by Marie. Tact read: Neutral.',
    );
    expect(control('Sentiment').value).toBe('negative');
    await choose(control('Sentiment'), 'neutral');
    expect(sent).toEqual([{ type: 'items.correct', payload: { key: 'x:2', sentiment: 'neutral' } }]);
    expect(announce).toHaveBeenCalledWith({ kind: 'ok', text: 'Sentiment back to Tact’s reading, “Neutral”.' });
  });

  it('puts the stored value back and says why when the correction fails (in French)', async () => {
    background(() => ({ ok: false, error: { code: 'failed', message: 'disk full' } }));
    const announce = await show('fr');
    const intent = control('Intention');
    await choose(intent, 'praise');
    expect(intent.value).toBe('question');
    expect(announce).toHaveBeenCalledWith({
      kind: 'error',
      text: expect.stringMatching(/^La correction n’a pas été enregistrée : /),
    });
  });
});
