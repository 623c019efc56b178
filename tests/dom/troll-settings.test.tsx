// The sensitivity setting in the options: shows the stored level (medium by default), explains it
// in the page's language, saves through `save`, says when saving failed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrollSettings } from '../../utils/trolls/ui/troll-settings';
import { I18nProvider } from '../../components/i18n';
import { pageDb } from '../../components/db';
import type { StatusMessage } from '../../components/status';
import { settingsSchema } from '../../utils/settings/core/schema';

let root: HTMLElement;
beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  await pageDb().settings.clear();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(save: (v: string) => Promise<unknown>, setting: 'en' | 'fr' = 'en') {
  const said: Array<StatusMessage | null> = [];
  await act(async () => {
    render(
      <I18nProvider setting={setting}>
        <TrollSettings save={save} announce={(m) => said.push(m)} />
      </I18nProvider>,
      root,
    );
  });
  return said;
}

const select = () => root.querySelector('select')!;

describe('TrollSettings', () => {
  it('shows medium by default with the explanation, in English and in French', async () => {
    await mount(async () => {});
    await vi.waitFor(() => expect(select().disabled).toBe(false));
    expect(select().value).toBe('medium');
    expect(root.textContent).toMatch(/Unhappy customers are never flagged as trolls/);
    expect(select().getAttribute('aria-describedby')).toBe(root.querySelector('p.note')!.id);
    render(null, root);
    await mount(async () => {}, 'fr');
    expect(root.textContent).toMatch(/Les clients mécontents ne sont jamais signalés comme trolls/);
    expect(Array.from(select().options).map((o) => o.value)).toEqual(['low', 'medium', 'high']);
  });

  it('shows the stored level and saves a new one', async () => {
    await pageDb().settings.put({
      key: 'settings',
      value: settingsSchema.parse({ language: 'auto', onboarded: true, trollSensitivity: 'high' }),
    });
    const save = vi.fn(async () => {});
    const said = await mount(save);
    await vi.waitFor(() => expect(select().value).toBe('high'));
    select().value = 'low';
    await act(async () => {
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(save).toHaveBeenCalledWith('low');
    expect(said.at(-1)).toEqual({ kind: 'ok', text: 'Sensitivity saved.' });
  });

  it('says when the level could not be saved', async () => {
    const said = await mount(async () => {
      throw new Error('nope');
    });
    await vi.waitFor(() => expect(select().disabled).toBe(false));
    select().value = 'high';
    await act(async () => {
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(said.at(-1)?.kind).toBe('error');
    expect(said.at(-1)?.text).toMatch(/^The sensitivity was not saved/);
  });
});
