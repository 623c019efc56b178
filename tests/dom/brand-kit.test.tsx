// The brand kit section against the real background handlers (fake IndexedDB): preview table with
// counts and conflict choices, apply, errors with the field path, in English and French.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrandKit, type KitApi } from '../../utils/kit/ui/brand-kit';
import { I18nProvider } from '../../components/i18n';
import { StatusRegion, useStatus } from '../../components/status';
import { createHandlers } from '../../utils/background/handlers';
import { KIT_FORMAT } from '../../utils/kit/core/document';
import { TactDB } from '../../utils/db/schema';
import { createRouter } from '../../utils/messaging/router';
import type { UiLanguageSetting } from '../../utils/i18n/translate';

let root: HTMLElement;
let db: TactDB;
let api: KitApi;
let downloads: Array<[string, string]>;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  db = new TactDB(`kit-dom-${Math.random()}`);
  const noop = async () => {};
  const handle = createRouter(
    createHandlers(db, {
      setBadge: noop,
      notify: noop,
      revealInTab: async () => false,
      openTab: noop,
      now: () => 5_000,
    }),
    {
      extensionId: 'id',
      extensionOrigin: 'chrome-extension://id/',
    },
  );
  const sender = { id: 'id', url: 'chrome-extension://id/options.html' };
  const call = async (type: string, payload: unknown) => {
    const r = await handle({ type, payload }, sender);
    if (!r.ok) throw new Error(r.error.message);
    return r.data as never;
  };
  api = {
    export: (selection) => call('kit.export', { selection }),
    plan: (text, choices) => call('kit.plan', { text, choices }),
    apply: (text, choices) => call('kit.apply', { text, choices }),
  };
  downloads = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function Page() {
  const [status, announce] = useStatus();
  return (
    <>
      <BrandKit
        announce={announce}
        api={api}
        download={(f, t) => void downloads.push([f, t])}
        now={() => new Date(Date.UTC(2026, 10, 23))}
      />
      <StatusRegion message={status} />
    </>
  );
}
function mount(setting: UiLanguageSetting = 'en') {
  render(
    <I18nProvider setting={setting}>
      <Page />
    </I18nProvider>,
    root,
  );
}

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 30)));
/** Waits (under a loaded machine too) until `check` passes, up to 10 s. */
async function until(check: () => void, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await flush();
    }
  }
}
const button = (text: string) => {
  const b = Array.from(root.querySelectorAll('button')).find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button ${text}`);
  return b;
};
async function click(text: string) {
  await act(() => button(text).click());
  await flush();
}
async function paste(text: string) {
  const area = root.querySelector('textarea')!;
  await act(() => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const status = () => root.querySelector('[role="status"]')!.textContent ?? '';

const kit = (snippets: unknown[], brands: unknown[] = []) =>
  JSON.stringify({ format: KIT_FORMAT, version: 1, brands, snippets });
const snip = (over: Record<string, unknown> = {}) => ({
  id: 's1',
  name: 'merci',
  language: 'fr',
  body: 'Merci {prénom} !',
  updatedAt: 10,
  ...over,
});

describe('BrandKit', () => {
  it('previews an import with counts and a row per record, then applies it', async () => {
    mount();
    await paste(
      kit(
        [snip(), snip({ id: 's2', name: 'bonjour', body: 'Bonjour' })],
        [{ id: 'b1', name: 'Acme', createdAt: 1, updatedAt: 1 }],
      ),
    );
    await click('Preview the import');
    await until(() =>
      expect(root.querySelector('[data-testid="kit-plan"] .counts')!.textContent).toBe(
        '3 to add, 0 changed, 0 in conflict, 0 unchanged.',
      ),
    );
    const rows = Array.from(root.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Brand', 'Acme', 'New', 'Added'],
      ['Snippet', 'merci', 'New', 'Added'],
      ['Snippet', 'bonjour', 'New', 'Added'],
    ]);
    expect(await db.snippets.count()).toBe(0);
    await click('Apply the import');
    await until(() =>
      expect(status()).toBe('Import done: 3 added, 0 updated, 0 added as copies, 0 notes merged. Nothing was deleted.'),
    );
    expect(await db.snippets.count()).toBe(2);
    expect(root.querySelector('[data-testid="kit-plan"]')).toBeNull();
  });

  it('offers a choice per conflict, keeps mine by default and takes theirs when chosen', async () => {
    await db.snippets.put({
      ...snip({ body: 'Mon texte', updatedAt: 50 }),
      tags: [],
      intents: [],
      trollTypes: [],
      usageCount: 2,
    } as never);
    mount();
    await paste(kit([snip()]));
    await click('Preview the import');
    await until(() => expect(root.querySelector('tbody tr')).not.toBeNull());
    const row = root.querySelector('tbody tr')!;
    expect(row.getAttribute('data-status')).toBe('conflict');
    expect(row.textContent).toContain('Conflict (edited here after the kit’s version)');
    const select = row.querySelector('select')!;
    // Named for assistive tech, keep mine selected.
    expect(root.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Choice for merci');
    expect(select.value).toBe('keep');
    await act(() => {
      select.value = 'theirs';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(root.querySelector('tbody tr td:last-child select:not([disabled])')).not.toBeNull());
    await click('Apply the import');
    await until(() => expect(status()).toContain('1 updated'));
    expect(await db.snippets.get('s1')).toMatchObject({ body: 'Merci {prénom} !', usageCount: 2 });
    expect(await db.snippets.count()).toBe(1);
  });

  it('shows errors with the field path, focuses them, and changes nothing', async () => {
    mount();
    await paste(kit([snip(), snip({ id: 's2', name: 'bad name' })]));
    await click('Preview the import');
    await until(() => expect(root.querySelector('[data-testid="kit-issues"]')).not.toBeNull());
    const list = root.querySelector('[data-testid="kit-issues"]')!;
    expect(list.textContent).toContain('snippets[1].name: A snippet name is one word');
    expect(document.activeElement).toBe(list);
    expect(status()).toMatch(/^This kit was not imported, nothing was changed:/);
    expect(root.querySelector('[data-testid="kit-plan"]')).toBeNull();
    await paste(kit([snip()]).slice(0, 40));
    await click('Preview the import');
    await until(() =>
      expect(root.querySelector('[data-testid="kit-issues"]')!.textContent).toContain('The file ends too early'),
    );
    expect(await db.snippets.count()).toBe(0);
  });

  it('speaks French', async () => {
    mount('fr');
    await paste(JSON.stringify({ format: KIT_FORMAT, version: 3 }));
    await click('Prévisualiser l’import');
    await until(() =>
      expect(root.querySelector('[data-testid="kit-issues"]')!.textContent).toContain(
        'version : Ce kit vient d’une version plus récente de Tact (version 3',
      ),
    );
  });

  it('exports everything or the snippets alone as a dated .json download', async () => {
    await db.snippets.put({ ...snip(), tags: [], intents: [], trollTypes: [], usageCount: 0 } as never);
    mount();
    await click('Download the kit');
    await until(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]![0]).toBe('tact-brand-kit-2026-11-23.json');
    expect(JSON.parse(downloads[0]![1])).toMatchObject({ format: KIT_FORMAT, snippets: [{ name: 'merci' }] });
    expect(status()).toBe('Kit exported: 0 brands, 1 snippets, 0 troll notes.');
    const radio = Array.from(root.querySelectorAll('input[type="radio"]')).find(
      (r) => (r as HTMLInputElement).value === 'snippets',
    ) as HTMLInputElement;
    await act(() => radio.click());
    await until(() => expect(root.querySelector('button:disabled')).toBeNull());
    await click('Download the kit');
    await until(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]![0]).toBe('tact-snippets-2026-11-23.json');
  });

  it('asks for a kit before previewing nothing', async () => {
    mount();
    await click('Preview the import');
    expect(status()).toBe('Choose a file or paste a kit first.');
  });
});
