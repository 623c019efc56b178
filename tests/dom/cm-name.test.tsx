// The CM's name in the options' General section: a labelled field with its help (FR/EN), showing the
// stored name, saved trimmed through `save` (Enter or the button), said in the status region; a
// failure is said and keeps what was typed; an unsaved edit holds the leave guard.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CmNameSetting } from '../../utils/settings/ui/cm-name';
import { I18nProvider } from '../../components/i18n';
import { DirtyProvider, createDirtyRegistry, type DirtyRegistry } from '../../components/dirty';
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

async function mount(save: (v: string) => Promise<unknown>, setting: 'en' | 'fr' = 'en', registry?: DirtyRegistry) {
  const said: Array<StatusMessage | null> = [];
  await act(async () => {
    render(
      <I18nProvider setting={setting}>
        <DirtyProvider registry={registry}>
          <CmNameSetting save={save} announce={(m) => said.push(m)} />
        </DirtyProvider>
      </I18nProvider>,
      root,
    );
  });
  await vi.waitFor(() => expect(input().disabled).toBe(false));
  return said;
}

const input = () => root.querySelector('input')!;

async function typeIn(value: string) {
  await act(async () => {
    input().value = value;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('CmNameSetting', () => {
  it('is a labelled field described by its help, in English and in French', async () => {
    await mount(async () => {});
    const label = root.querySelector(`label[for="${input().id}"]`);
    expect(label?.textContent).toBe('Your name');
    const help = document.getElementById(input().getAttribute('aria-describedby')!);
    expect(help?.textContent).toMatch(/^Used in reports and the team’s logs/);
    render(null, root);
    await mount(async () => {}, 'fr');
    expect(root.querySelector('label')?.textContent).toBe('Votre nom');
    expect(root.textContent).toMatch(/Utilisé dans les rapports et le journal de l’équipe/);
  });

  it('shows the stored name, saves a new one trimmed and says so', async () => {
    await pageDb().settings.put({ key: 'settings', value: settingsSchema.parse({ cmName: 'Marie' }) });
    const save = vi.fn(async () => {});
    const registry = createDirtyRegistry();
    const said = await mount(save, 'en', registry);
    await vi.waitFor(() => expect(input().value).toBe('Marie'));
    await typeIn('  Léo Martin ');
    expect(registry.any()).toBe(true);
    await submit();
    expect(save).toHaveBeenCalledWith('Léo Martin');
    expect(registry.any()).toBe(false);
    expect(said.at(-1)).toEqual({ kind: 'ok', text: 'Name saved: your actions are now logged as “Léo Martin”.' });
    await typeIn('');
    await submit();
    expect(save).toHaveBeenLastCalledWith('');
    expect(said.at(-1)).toEqual({ kind: 'ok', text: 'Name removed: your actions are logged without a name.' });
  });

  it('says why when saving fails and keeps what was typed', async () => {
    const said = await mount(async () => {
      throw new Error('disk full');
    }, 'fr');
    await typeIn('Marie');
    await submit();
    expect(said.at(-1)).toMatchObject({ kind: 'error', text: expect.stringMatching(/^Le nom n’a pas été enregistré/) });
    expect(input().value).toBe('Marie');
  });
});
