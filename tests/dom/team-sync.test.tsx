// The options page's Team sync section and the viewer's read-only brand editing, on their own: the
// background is replaced by a mocked `send`, the database is fake-indexeddb.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { V8_BRAND } from '../support/stored-brand';

const send = vi.fn();
vi.mock('../../utils/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/messaging/client')>()),
  send: (...args: unknown[]) => send(...args),
}));

const { BrandForm } = await import('../../utils/mentions/ui/brand-form');
const { BrandList } = await import('../../utils/mentions/ui/brand-list');
const { TeamSync } = await import('../../utils/sync/ui/team-sync');
const { I18nProvider } = await import('../../components/i18n');
const { pageDb } = await import('../../components/db');
const { MessageError } = await import('../../utils/messaging/client');

let root: HTMLElement;

async function settle() {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

const status = {
  joined: true,
  serverUrl: 'https://sync.example.com',
  teamName: 'Acme CM',
  role: 'editor' as 'viewer' | 'editor' | 'admin',
  label: 'Laptop',
  state: 'idle' as const,
  lastSyncAt: 1_700_000_000_000,
  pending: 2,
  lastError: null as null | { code: string; message: string },
};
const conflict = {
  id: 7,
  table: 'snippets' as const,
  recordId: 's1',
  field: 'body',
  value: '<img src=x onerror=alert(1)> Merci',
  hlc: '001700000000000-000000-dA',
  writtenBy: 'Laptop of Sam',
  lostTo: '001700000000001-000000-dB',
  concurrent: true,
  at: '2026-11-23T10:00:00.000Z',
  restoredAt: null,
};

beforeEach(async () => {
  send.mockReset();
  const db = pageDb();
  await Promise.all([db.syncMeta.clear(), db.brands.clear(), db.snippets.clear()]);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('viewers cannot edit shared items', () => {
  const brand = {
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
    languages: ['fr' as const],
    createdAt: 1,
    updatedAt: 1,
  };

  it('shows the brand form to an editor, a read-only notice to a viewer', async () => {
    await pageDb().syncMeta.put({ key: 'account', value: { role: 'editor', teamName: 'Acme CM' } });
    render(
      <I18nProvider setting="en">
        <BrandForm save={vi.fn()} />
      </I18nProvider>,
      root,
    );
    await settle();
    expect(root.querySelector('form')).not.toBeNull();
    await act(async () => {
      await pageDb().syncMeta.put({ key: 'account', value: { role: 'viewer', teamName: 'Acme CM' } });
    });
    await settle();
    expect(root.querySelector('form')).toBeNull();
    expect(root.textContent).toContain('You are a viewer in Acme CM: shared items are read only.');
  });

  it('hides Edit and Delete in the brand list of a viewer', async () => {
    await pageDb().brands.put(brand);
    render(
      <I18nProvider setting="fr">
        <BrandList onEdit={vi.fn()} announce={vi.fn()} labelledBy="x" />
      </I18nProvider>,
      root,
    );
    await settle();
    expect(root.querySelectorAll('button').length).toBe(2);
    await act(async () => {
      await pageDb().syncMeta.put({ key: 'account', value: { role: 'viewer', teamName: 'Acme CM' } });
    });
    await settle();
    expect(root.textContent).toContain('Acme');
    expect(root.querySelectorAll('button').length).toBe(0);
  });
});

describe('TeamSync', () => {
  function mount(lang: 'en' | 'fr' = 'en', announce = vi.fn()) {
    render(
      <I18nProvider setting={lang}>
        <TeamSync announce={announce} />
      </I18nProvider>,
      root,
    );
    return announce;
  }

  it('lists an overwritten value as text and restores it with one click', async () => {
    send.mockImplementation(async (type: string) => {
      if (type === 'sync.status') return status;
      if (type === 'sync.conflicts') return { conflicts: [conflict] };
      if (type === 'sync.restore') return status;
      throw new Error(type);
    });
    await pageDb().snippets.put({
      id: 's1',
      name: 'merci',
      language: 'fr',
      tags: [],
      intents: [],
      trollTypes: [],
      kind: 'reply' as const,
      usageCount: 0,
      body: 'x',
      updatedAt: 1,
    });
    const announce = mount();
    await settle();
    expect(root.querySelector('[data-testid="sync-team"]')?.textContent).toBe('Acme CM');
    expect(root.querySelector('[data-testid="sync-pending"]')?.textContent).toBe('2');
    const row = root.querySelector('li.conflict')!;
    expect(row.textContent).toContain('Snippet “merci”, field “body”');
    // Page text from a teammate stays text.
    expect(row.querySelector('img')).toBeNull();
    expect(row.textContent).toContain('<img src=x onerror=alert(1)> Merci');
    expect(row.textContent).toContain('Laptop of Sam');
    const restore = row.querySelector('button')!;
    expect(restore.getAttribute('aria-label')).toBe('Restore the value of “body” in “merci”');
    await act(() => restore.click());
    await settle();
    expect(send).toHaveBeenCalledWith('sync.restore', { id: 7 });
    expect(announce).toHaveBeenCalledWith({ kind: 'ok', text: 'Value restored for the whole team.' });
  });

  it('shows the last error in the page language and no log to a viewer', async () => {
    send.mockImplementation(async (type: string) => {
      if (type === 'sync.status')
        return { ...status, role: 'viewer', state: 'error', lastError: { code: 'network', message: 'fetch failed' } };
      throw new Error(`unexpected ${type}`);
    });
    mount('fr');
    await settle();
    expect(root.querySelector('[data-testid="sync-error"]')?.textContent).toBe(
      'Le serveur est injoignable (hors ligne, ou adresse erronée).',
    );
    expect(root.querySelector('[data-testid="sync-role"]')?.textContent).toBe('lecteur (lecture seule)');
    expect(root.querySelector('li.conflict')).toBeNull();
    expect(send).not.toHaveBeenCalledWith('sync.conflicts', expect.anything());
  });

  it('reports a failed "Sync now" with the reason, and an unknown error code with its message', async () => {
    send.mockImplementation(async (type: string) => {
      if (type === 'sync.status') return status;
      if (type === 'sync.conflicts') return { conflicts: [] };
      if (type === 'sync.now') throw new MessageError({ code: 'failed', message: 'weird_thing' });
      throw new Error(type);
    });
    const announce = mount();
    await settle();
    const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Sync now')!;
    await act(() => button.click());
    await settle();
    expect(announce).toHaveBeenCalledWith({ kind: 'error', text: 'Sync failed: Unexpected error (weird_thing).' });
    expect(root.querySelector('.team-sync')?.getAttribute('data-rounds')).toBe('1');
  });

  it('refuses a server URL that is not http(s) without asking the background', async () => {
    send.mockImplementation(async (type: string) => {
      if (type === 'sync.status') return { ...status, joined: false, teamName: null, role: null };
      throw new Error(type);
    });
    mount();
    await settle();
    const url = root.querySelector<HTMLInputElement>('input[name="serverUrl"]')!;
    url.value = 'ftp://sync.example.com';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/must start with https:\/\//);
    expect(send).not.toHaveBeenCalledWith('sync.join', expect.anything());
  });
});
