// Preact components in dom tests (happy-dom): a container per test, rendering in one UI language, and
// acting on fields and forms as a user does (input and submit events), waiting for effects and the
// page database's reads to settle.
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';

/** A fresh container appended to the body. */
export function mountRoot(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

/** Unmounts what `root` shows and removes it; with `resetBrowser`, resets the fake browser too. */
export function unmountRoot(root: HTMLElement, { resetBrowser = false } = {}): void {
  render(null, root);
  root.remove();
  if (resetBrowser) fakeBrowser.reset();
}

/** Renders `node` into `root` in UI language `lang`. */
export function renderIn(root: HTMLElement, node: ComponentChildren, lang: 'en' | 'fr' = 'en'): void {
  render(<I18nProvider setting={lang}>{node}</I18nProvider>, root);
}

/** Lets effects settle: `rounds` turns of `ms` milliseconds, each inside act(). */
export async function settle(rounds = 20, ms = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(() => new Promise((r) => setTimeout(r, ms)));
}

/** Types `value` into a field as a user would (one input event). */
export const typeInto = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

/** Submits `form` as a user would (a cancelable submit event). */
export const submitForm = (form: Element) =>
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
