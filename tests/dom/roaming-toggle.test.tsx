// The roaming opt-in: off by default, turns on through the background, and says clearly when the
// browser's sync storage is full — in English and French.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { RoamingToggle } from '../../utils/sync/ui/roaming-toggle';
import type { RoamingState } from '../../utils/sync/roaming';
import type { UiLanguageSetting } from '../../utils/i18n/translate';

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

async function mount(state: RoamingState | undefined, setting: UiLanguageSetting = 'en', calls: boolean[] = []) {
  const announced: string[] = [];
  render(
    <I18nProvider setting={setting}>
      <RoamingToggle
        announce={(m) => void (m && announced.push(m.text))}
        read={async () => state}
        setEnabled={async (enabled) => {
          calls.push(enabled);
          return { ...(state ?? { at: 0, lastOkAt: null, lastError: null }), enabled };
        }}
      />
    </I18nProvider>,
    root,
  );
  await flush();
  return announced;
}

describe('RoamingToggle', () => {
  it('is off by default and turns on when checked', async () => {
    const calls: boolean[] = [];
    const announced = await mount(undefined, 'en', calls);
    await until(() => expect((root.querySelector('input[type="checkbox"]') as HTMLInputElement).disabled).toBe(false));
    const box = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(root.textContent).toContain('Roam my settings with my browser account');
    expect(root.textContent).toContain('Never your library');
    await act(() => box.click());
    await until(() => expect(announced).toHaveLength(1));
    expect(calls).toEqual([true]);
    expect(announced).toEqual(['Your settings now roam with your browser account.']);
  });

  it('shows a full sync storage as an alert, in French too', async () => {
    const full: RoamingState = {
      enabled: true,
      at: 1,
      lastOkAt: null,
      lastError: { message: 'roam.full', params: { used: 101_000, quota: 102_400 } },
    };
    await mount(full);
    await until(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Your browser’s sync storage is full (101000 of 102400 bytes): your settings were not roamed. They are ' +
        'still saved in this browser.',
    );
    render(null, root);
    await mount(full, 'fr');
    await until(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(
      'L’espace de synchronisation de votre navigateur est plein',
    );
  });
});
