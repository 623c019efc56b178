// The tone-of-voice form and its live preview, and the snippet library, on their own: `save` and
// `remove` are injected, so no browser API is involved.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { SnippetLibrary } from '../../utils/snippets/ui/snippet-library';
import { ToneForm } from '../../utils/tone/ui/tone-form';
import { StatusRegion, useStatus } from '../../components/status';
import { toneProfileSchema, type ToneProfile } from '../../utils/tone/core/profile';
import type { Snippet, SnippetInput } from '../../utils/snippets/core/snippet';
import { en, fr } from '../../utils/i18n/messages';
import { MessageError } from '../../utils/messaging/client';
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

const PROFILE = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement'],
  maxLength: { x: 280 },
});

function Page({ children }: { children: (announce: ReturnType<typeof useStatus>[1]) => preact.ComponentChildren }) {
  const [status, announce] = useStatus();
  return (
    <>
      {children(announce)}
      <StatusRegion message={status} />
    </>
  );
}

function mountTone(save: (p: ToneProfile) => Promise<unknown>, setting: UiLanguageSetting = 'en', profile = PROFILE) {
  render(
    <I18nProvider setting={setting}>
      <Page>
        {(announce) => (
          <ToneForm
            profile={profile}
            brand={{ name: 'Acme', products: ['RoadRunner 3000'] }}
            save={save}
            announce={announce}
          />
        )}
      </Page>
    </I18nProvider>,
    root,
  );
}

function byLabel(text: string): HTMLInputElement {
  const label = Array.from(root.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : label.querySelector('input');
  if (!control) throw new Error(`label "${text}" labels nothing`);
  return control as HTMLInputElement;
}
const description = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');

async function fill(label: string, value: string) {
  await act(() => {
    const control = byLabel(label);
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(label: string, value: string) {
  await act(() => {
    const control = byLabel(label) as unknown as HTMLSelectElement;
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function click(text: string) {
  const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  await act(async () => {
    button.click();
    await Promise.resolve();
  });
  await act(async () => {});
}
const status = () => root.querySelector('[role="status"]')?.textContent;
const suggestions = () => Array.from(root.querySelectorAll('.tone-suggestion')).map((li) => li.textContent);
const problems = () => Array.from(root.querySelectorAll('.tone-problems li')).map((li) => li.getAttribute('data-kind'));

describe('ToneForm', () => {
  it('shows every field of the profile, filled in', () => {
    mountTone(async () => ({}));
    expect(byLabel('Profile name').value).toBe('Acme FR');
    expect((byLabel('Form of address (French)') as unknown as HTMLSelectElement).value).toBe('vous');
    expect(byLabel('Formality (1 to 5)').value).toBe('4');
    expect(byLabel('Signature').value).toBe("— L'équipe Acme");
    expect(byLabel('Banned words and phrases').value).toBe('malheureusement');
    expect(byLabel('X').value).toBe('280');
    for (const label of [
      'Warmth (1 to 5)',
      'Register',
      'Emoji',
      'Allowed emoji',
      'Greetings',
      'Sign-offs',
      'Preferred words',
      'Example replies to follow',
      'Example replies to avoid',
      'LinkedIn',
    ]) {
      expect(() => byLabel(label)).not.toThrow();
    }
  });

  it('saves the parsed profile and announces it', async () => {
    const save = vi.fn(async () => ({}));
    mountTone(save);
    await fill('Preferred words', 'souci = problème, pépin');
    await fill('Reddit', '1000');
    await click('Save tone of voice');
    expect(save).toHaveBeenCalledTimes(1);
    expect((save.mock.calls[0] as unknown[])[0]).toMatchObject({
      name: 'Acme FR',
      preferred: [{ use: 'souci', not: ['problème', 'pépin'] }],
      maxLength: { x: 280, reddit: 1000 },
    });
    expect(status()).toBe(en['tone.saved'].replace('{name}', 'Acme FR'));
  });

  it('shows the translated errors next to their fields and does not save', async () => {
    const save = vi.fn(async () => ({}));
    mountTone(save, 'fr');
    await fill('Formalité (1 à 5)', '9');
    await fill('Emoji par réponse au plus (avec modération)', 'deux');
    await fill('Mots préférés', 'souci sans signe égal');
    await click('Enregistrer le ton');
    expect(save).not.toHaveBeenCalled();
    const formality = byLabel('Formalité (1 à 5)');
    expect(formality.getAttribute('aria-invalid')).toBe('true');
    expect(description(formality)).toContain(fr['error.range']);
    expect(description(byLabel('Emoji par réponse au plus (avec modération)'))).toContain(fr['error.number']);
    expect(description(byLabel('Mots préférés'))).toContain('« souci sans signe égal »');
    expect(status()).toBe(fr['tone.invalid']);
    expect(root.ownerDocument.activeElement).toBe(formality);
  });

  it('puts the errors the background returns on their fields', async () => {
    const save = vi.fn(async () => {
      throw new MessageError({
        code: 'invalid',
        message: 'no',
        issues: [{ path: 'profile.maxLength.x', message: 'error.range' }],
      });
    });
    mountTone(save);
    await click('Save tone of voice');
    expect(description(byLabel('X'))).toContain(`X: ${en['error.range']}`);
  });

  it('previews three replies in the profile’s tone, and updates them as the profile is edited', async () => {
    mountTone(async () => ({}));
    await fill('Sample customer comment', 'Bonjour, ma commande n°48213 n’est toujours pas arrivée !');
    let replies = suggestions();
    expect(replies).toHaveLength(3);
    for (const r of replies) expect(r).toMatch(/— L'équipe Acme$/);
    expect(replies.some((r) => r!.includes('48213'))).toBe(true);
    expect(replies.join(' ')).not.toMatch(/\b(tu|ton|ta)\b/);
    await choose('Form of address (French)', 'tu');
    await fill('Signature', '^{agent}');
    replies = suggestions();
    for (const r of replies) expect(r).toMatch(/\n\^MA$/);
    expect(replies.join(' ')).toMatch(/\b(ta|ton|tu|te)\b/);
    await fill('Formality (1 to 5)', '12');
    expect(suggestions()).toEqual([]);
    expect(root.textContent).toContain(en['tone.preview.invalid']);
  });

  it('lists what the checker finds in the sample draft, live', async () => {
    mountTone(async () => ({}));
    await fill('Sample draft to check', 'Malheureusement tu dois attendre.');
    expect(problems()).toEqual(['banned_word', 'address_form', 'missing_signature']);
    await fill('Banned words and phrases', '');
    expect(problems()).toEqual(['negative_tone', 'address_form', 'missing_signature']);
    await fill('Sample draft to check', "Bonjour, nous regardons cela.\n— L'équipe Acme");
    expect(problems()).toEqual([]);
    expect(root.textContent).toContain(en['tone.preview.noProblem']);
  });
});

const SNIPPETS: Snippet[] = [
  {
    id: 's1',
    name: 'retard',
    language: 'fr',
    body: 'Bonjour {prénom}, votre commande {orderId} arrive.',
    tags: ['livraison'],
    intents: ['complaint'],
    trollTypes: [],
    kind: 'reply' as const,
    usageCount: 7,
    updatedAt: 1,
  },
  {
    id: 's2',
    name: 'thanks',
    language: 'en',
    body: 'Thanks {firstName}!',
    tags: [],
    intents: ['praise'],
    trollTypes: [],
    kind: 'reply' as const,
    usageCount: 0,
    updatedAt: 1,
  },
];

function mountLibrary(
  save: (s: SnippetInput) => Promise<unknown>,
  remove: (id: string) => Promise<unknown> = async () => ({}),
  snippets = SNIPPETS,
) {
  render(
    <I18nProvider setting="en">
      <Page>
        {(announce) => <SnippetLibrary snippets={snippets} save={save} remove={remove} announce={announce} />}
      </Page>
    </I18nProvider>,
    root,
  );
}
const rows = () => Array.from(root.querySelectorAll('.snippet-row strong')).map((s) => s.textContent);

describe('SnippetLibrary', () => {
  it('lists snippets with their usage counts and filters them by text, tag or name', async () => {
    mountLibrary(async () => ({}));
    expect(rows()).toEqual(['/retard (fr)', '/thanks (en)']);
    expect(root.querySelector('[data-snippet-id="s1"]')?.textContent).toContain('Uses: 7');
    await fill('Filter snippets', 'LIVRAISON');
    expect(rows()).toEqual(['/retard (fr)']);
    await fill('Filter snippets', 'zzz');
    expect(root.textContent).toContain('No snippet matches “zzz”.');
    expect(root.textContent).toContain('{orderId}');
  });

  it('adds a snippet with tags, intents and troll types', async () => {
    const save = vi.fn(async () => ({}));
    mountLibrary(save);
    await fill('Name', 'faq');
    await fill('Text', 'Bonjour {prénom}, tout est dans la FAQ : {link}');
    await fill('Tags', 'faq, aide');
    await act(() => byLabel('Question').click());
    await act(() => byLabel('Sealion / concern troll').click());
    await click('Save snippet');
    expect(save).toHaveBeenCalledWith({
      name: 'faq',
      language: 'en',
      body: 'Bonjour {prénom}, tout est dans la FAQ : {link}',
      tags: ['faq', 'aide'],
      intents: ['question'],
      trollTypes: ['sealion'],
      kind: 'reply' as const,
    });
    expect(status()).toBe('Snippet “faq” saved.');
    expect(byLabel('Name').value).toBe('');
  });

  it('shows a bad name and a duplicate from the background on the name field', async () => {
    const save = vi.fn(async () => {
      throw new MessageError({
        code: 'invalid',
        message: 'no',
        issues: [{ path: 'snippet.name', message: 'error.snippetDuplicate' }],
      });
    });
    mountLibrary(save);
    await fill('Name', 'two words');
    await fill('Text', 'x');
    await click('Save snippet');
    expect(save).not.toHaveBeenCalled();
    expect(description(byLabel('Name'))).toContain(en['error.snippetName']);
    await fill('Name', 'retard');
    await click('Save snippet');
    expect(description(byLabel('Name'))).toContain(en['error.snippetDuplicate']);
    expect(byLabel('Text').value).toBe('x');
  });

  it('edits a snippet in place (keeping its id) and deletes another in two steps', async () => {
    const save = vi.fn(async () => ({}));
    const remove = vi.fn(async () => ({}));
    mountLibrary(save, remove);
    const edit = root.querySelector<HTMLButtonElement>('[aria-label="Edit snippet /retard (fr)"]')!;
    await act(() => edit.click());
    expect(byLabel('Text').value).toBe(SNIPPETS[0]!.body);
    expect(root.ownerDocument.activeElement?.textContent).toBe('Edit snippet “retard”');
    await fill('Text', 'Bonjour {prénom}, nous regardons la commande {orderId}.');
    await click('Save snippet');
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 's1',
        name: 'retard',
        body: 'Bonjour {prénom}, nous regardons la commande {orderId}.',
      }),
    );
    const del = root.querySelector<HTMLButtonElement>('[aria-label="Delete snippet /thanks (en)"]')!;
    await act(() => del.click());
    expect(remove).not.toHaveBeenCalled();
    expect(root.ownerDocument.activeElement?.textContent).toBe('Cancel');
    await click('Yes, delete');
    expect(remove).toHaveBeenCalledWith('s2');
    expect(status()).toBe('Snippet “thanks” deleted.');
  });
});
