// The snippet library's kinds (issue #17): the form chooses reply, welcome or thanks (with a hint
// saying where each is offered), the list shows a welcome or thanks snippet's kind and filters by
// kind, FR and EN.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SnippetLibrary } from '../../utils/snippets/ui/snippet-library';
import type { Snippet, SnippetInput } from '../../utils/snippets/core/snippet';
import { mountRoot, renderIn, unmountRoot } from '../support/dom-render';

let root: HTMLElement;
beforeEach(() => {
  root = mountRoot();
});
afterEach(() => unmountRoot(root));

const base = { tags: [], intents: [], trollTypes: [], usageCount: 0, updatedAt: 1 };
const SNIPPETS: Snippet[] = [
  { ...base, id: 'a', name: 'faq', language: 'en', body: 'See the FAQ, {firstName}.', kind: 'reply' },
  { ...base, id: 'b', name: 'hello', language: 'en', body: 'Welcome aboard {firstName}!', kind: 'welcome' },
  { ...base, id: 'c', name: 'merci', language: 'fr', body: 'Merci {prénom} !', kind: 'thanks' },
];

function mount(save: (s: SnippetInput) => Promise<unknown>, lang: 'en' | 'fr' = 'en') {
  renderIn(
    root,
    <SnippetLibrary snippets={SNIPPETS} save={save} remove={async () => ({})} announce={() => {}} />,
    lang,
  );
}
function byLabel<T extends HTMLElement>(text: string): T {
  const label = Array.from(root.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return root.ownerDocument.getElementById(label.htmlFor) as T;
}
async function set(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const names = () => Array.from(root.querySelectorAll('.snippet-row strong')).map((s) => s.textContent);

describe('snippet kinds in the library', () => {
  it('shows a welcome or thanks snippet’s kind and filters by kind', async () => {
    mount(async () => ({}));
    const kinds = Array.from(root.querySelectorAll('.snippet-row')).map(
      (r) => r.querySelector('.snippet-kind')?.textContent ?? null,
    );
    expect(kinds).toEqual([null, 'Welcome', 'Thanks']);
    const filter = byLabel<HTMLSelectElement>('Show');
    expect(Array.from(filter.options).map((o) => o.textContent)).toEqual(['All kinds', 'Reply', 'Welcome', 'Thanks']);
    await set(filter, 'welcome');
    expect(names()).toEqual(['/hello (en)']);
    await set(filter, 'reply');
    expect(names()).toEqual(['/faq (en)']);
    await set(filter, '');
    expect(names()).toHaveLength(3);
  });

  it('saves the kind chosen in the form, with a hint saying where it is offered', async () => {
    const save = vi.fn(async () => ({}));
    mount(save, 'fr');
    const kind = byLabel<HTMLSelectElement>('Type');
    expect(kind.value).toBe('reply');
    expect(Array.from(kind.options).map((o) => o.textContent)).toEqual(['Réponse', 'Bienvenue', 'Remerciement']);
    const hint = root.ownerDocument.getElementById(kind.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toContain('Nouveau ici');
    await set(byLabel<HTMLInputElement>('Nom'), 'accueil');
    await set(byLabel<HTMLTextAreaElement>('Texte'), 'Bienvenue {prénom} !');
    await set(kind, 'welcome');
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await Promise.resolve();
    });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ name: 'accueil', kind: 'welcome' }));
  });
});
