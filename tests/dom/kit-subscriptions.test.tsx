// The subscription form: the host permission is asked for in the click itself (before anything is
// awaited), for that origin only; a refusal or a bad address says why; stored errors show their field.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { KitSubscriptions, type SubscriptionsApi } from '../../utils/kit/ui/kit-subscriptions';
import type { SubscriptionRow } from '../../utils/db/schema';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 30)));
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

const row = (over: Partial<SubscriptionRow> = {}): SubscriptionRow => ({
  id: 'sub1',
  url: 'https://kits.example.com/acme.json',
  createdAt: 1,
  etag: null,
  lastCheckAt: 5,
  lastOkAt: 4,
  lastError: null,
  counts: { brands: 1, toneProfiles: 0, snippets: 2, trollNotes: 0 },
  ...over,
});

async function mount(
  opts: {
    granted?: boolean;
    listed?: {
      subscriptions: SubscriptionRow[];
      records: Array<{ kind: 'brand' | 'snippet'; id: string; name: string }>;
    };
  } = {},
) {
  const log: string[] = [];
  const announced: string[] = [];
  const api: SubscriptionsApi = {
    add: async (url) => (log.push(`add ${url}`), row({ url })),
    remove: async (id) => (log.push(`remove ${id}`), { removed: 3 }),
    refresh: async (id) => (log.push(`refresh ${id}`), { subscriptions: [] }),
    copy: async (kind, id) => (log.push(`copy ${kind} ${id}`), { id: 'mine', name: 'merci' }),
  };
  render(
    <I18nProvider setting="en">
      <KitSubscriptions
        announce={(m) => void (m && announced.push(m.text))}
        api={api}
        read={async () => opts.listed ?? { subscriptions: [], records: [] }}
        requestOrigin={(pattern) => {
          log.push(`request ${pattern}`);
          return Promise.resolve(opts.granted ?? true);
        }}
      />
    </I18nProvider>,
    root,
  );
  await flush();
  return { log, announced };
}
async function typeUrl(value: string) {
  const input = root.querySelector('input[type="url"]') as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit() {
  const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Subscribe')!;
  await act(() => button.click());
  await flush();
}

describe('KitSubscriptions', () => {
  it('asks for that origin inside the click, then subscribes', async () => {
    const { log, announced } = await mount();
    await typeUrl('https://kits.example.com/acme.json');
    const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Subscribe')!;
    // Synchronously within the click: the request is logged before click() returns.
    act(() => button.click());
    expect(log).toEqual(['request https://kits.example.com/*']);
    await until(() => expect(announced).toHaveLength(1));
    expect(log).toEqual(['request https://kits.example.com/*', 'add https://kits.example.com/acme.json']);
    expect(announced).toEqual(['Subscribed to https://kits.example.com/acme.json.']);
  });

  it('says so when the permission is refused, and does not subscribe', async () => {
    const { log, announced } = await mount({ granted: false });
    await typeUrl('https://kits.example.com/acme.json');
    await submit();
    await until(() => expect(announced).toHaveLength(1));
    expect(log).toEqual(['request https://kits.example.com/*']);
    expect(announced).toEqual(['Not subscribed: Tact needs your permission to read https://kits.example.com.']);
  });

  it('refuses an http address next to the field, without asking for anything', async () => {
    const { log } = await mount();
    await typeUrl('http://kits.example.com/acme.json');
    await submit();
    expect(log).toEqual([]);
    const input = root.querySelector('input[type="url"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.ownerDocument.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe(
      'The address must start with https://.',
    );
  });

  it('lists a subscription with its last error and field path, and read-only records with a copy button', async () => {
    const failing = row({ lastError: { message: 'error.snippetName', path: 'snippets[1].name' } });
    const { log, announced } = await mount({
      listed: { subscriptions: [failing], records: [{ kind: 'snippet', id: 'sub-x-s1', name: 'merci' }] },
    });
    await until(() => expect(root.querySelector('[data-subscription-id="sub1"]')).not.toBeNull());
    const item = root.querySelector('[data-subscription-id="sub1"]')!;
    expect(item.textContent).toContain('1 brands, 0 tone profiles, 2 snippets.');
    expect(item.querySelector('.error')!.textContent).toContain('snippets[1].name: A snippet name is one word');
    expect(item.querySelector('.error')!.textContent).toContain('The last good copy is kept.');
    const copy = root.querySelector('[data-testid="subscribed-records"] button')!;
    expect(copy.getAttribute('aria-label')).toBe('Copy merci to my library');
    await act(() => (copy as HTMLButtonElement).click());
    await until(() => expect(announced).toHaveLength(1));
    expect(log).toEqual(['copy snippet sub-x-s1']);
    expect(announced).toEqual(['“merci” copied to your library.']);
    await act(() =>
      (
        root.querySelector('[aria-label="Unsubscribe from https://kits.example.com/acme.json"]') as HTMLButtonElement
      ).click(),
    );
    await until(() => expect(announced).toHaveLength(2));
    expect(announced[1]).toBe('Unsubscribed: 3 records removed. Your own copies are kept.');
  });
});
