// The brand form on its own: validation messages next to the field, in the page's language, and
// `save` called with the parsed brand. `save` is injected, so no browser API is involved.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrandForm, splitList, type BrandDraft } from '../../utils/mentions/ui/brand-form';
import { I18nProvider } from '../../components/i18n';
import { MessageError } from '../../utils/messaging/client';
import { en, fr } from '../../utils/i18n/messages';
import type { UiLanguageSetting } from '../../utils/i18n/translate';
import { V8_BRAND } from '../support/stored-brand';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(save: (b: BrandDraft) => Promise<unknown>, setting: UiLanguageSetting = 'en') {
  render(
    <I18nProvider setting={setting}>
      <BrandForm save={save} />
    </I18nProvider>,
    root,
  );
}

/** The control a <label> with exactly this text points at. */
function byLabel(text: string): HTMLInputElement | HTMLTextAreaElement {
  const label = Array.from(root.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : label.querySelector('input');
  if (!control) throw new Error(`label "${text}" labels nothing`);
  return control as HTMLInputElement;
}

function description(control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function fill(label: string, value: string) {
  await act(() => {
    const control = byLabel(label);
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(buttonText: string) {
  const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === buttonText);
  if (!button) throw new Error(`no button "${buttonText}"`);
  await act(async () => {
    button.click();
    await Promise.resolve();
  });
  await act(async () => {});
}

describe('BrandForm', () => {
  it('shows the translated error next to an invalid handle and does not save', async () => {
    const save = vi.fn(async () => ({}));
    mount(save);
    await fill('Brand name', 'Acme');
    await fill('Handles', '@acme, not a handle');
    await submit('Save brand');

    expect(save).not.toHaveBeenCalled();
    const handles = byLabel('Handles');
    expect(handles.getAttribute('aria-invalid')).toBe('true');
    expect(description(handles)).toContain(`“not a handle”: ${en['error.handle']}`);
    expect(byLabel('Brand name').getAttribute('aria-invalid')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(en['brand.invalid']);
    expect(document.activeElement).toBe(handles);
  });

  it('refuses an unreadable boolean query with the translated reason, and saves a readable one', async () => {
    const save = vi.fn(async (_b: BrandDraft) => ({}));
    mount(save);
    await fill('Brand name', 'Orange');
    await fill('Boolean query (optional)', 'orange AND (forfait OR box');
    await submit('Save brand');
    expect(save).not.toHaveBeenCalled();
    const query = byLabel('Boolean query (optional)');
    expect(query.getAttribute('aria-invalid')).toBe('true');
    expect(description(query)).toContain(en['error.query']);
    await fill('Boolean query (optional)', 'orange AND (forfait OR box) NOT «jus d’orange»');
    await submit('Save brand');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({
      name: 'Orange',
      query: 'orange AND (forfait OR box) NOT «jus d’orange»',
    });
  });

  it('speaks French when the setting says so', async () => {
    const save = vi.fn(async () => ({}));
    mount(save, 'fr');
    await fill('Nom de la marque', '');
    await fill('Comptes', 'acme');
    await submit('Enregistrer la marque');

    expect(save).not.toHaveBeenCalled();
    expect(description(byLabel('Nom de la marque'))).toContain(fr['error.empty']);
    expect(description(byLabel('Comptes'))).toContain(`« acme » : ${fr['error.handle']}`);
  });

  it('calls save with the parsed brand, then clears the form and says so', async () => {
    const save = vi.fn(async (_b: BrandDraft) => ({}));
    mount(save);
    await fill('Brand name', '  Acme ');
    await fill('Aliases', 'Acme Corp,\nACME');
    await fill('Handles', '@acme\n@acme_fr');
    await fill('Hashtags', '#acme');
    await fill('Product names', 'RoadRunner 3000');
    await fill('Exclusion words', 'acme of perfection');
    await act(() => {
      byLabel('French').click();
    });
    await submit('Save brand');

    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toEqual({
      name: 'Acme',
      aliases: ['Acme Corp', 'ACME'],
      handles: ['@acme', '@acme_fr'],
      hashtags: ['#acme'],
      products: ['RoadRunner 3000'],
      misspellings: [],
      exclude: ['acme of perfection'],
      query: '',
      languages: ['en'],
      ownAccounts: [],
      competitor: false,
      ...V8_BRAND,
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Brand “Acme” saved.');
    expect(byLabel('Brand name').value).toBe('');
    expect(root.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it('saves our accounts one per line (a page name may hold a comma) and the competitor box', async () => {
    const save = vi.fn(async (_b: BrandDraft) => ({}));
    mount(save);
    await fill('Brand name', 'Acme');
    await fill('Our accounts', '@acme_support\n  Acme, Inc.  \n\nhttps://www.facebook.com/acme');
    expect(description(byLabel('Our accounts'))).toMatch(/One per line/);
    await act(() => {
      byLabel('Competitor (tracked for comparison)').click();
    });
    await submit('Save brand');
    expect(save.mock.calls[0]![0]).toMatchObject({
      ownAccounts: ['@acme_support', 'Acme, Inc.', 'https://www.facebook.com/acme'],
      competitor: true,
      ...V8_BRAND,
    });
  });

  it('shows a saved brand’s accounts and competitor box, in French', async () => {
    render(
      <I18nProvider setting="fr">
        <BrandForm
          save={async () => ({})}
          brand={{
            id: 'b1',
            name: 'Rival',
            aliases: [],
            handles: [],
            hashtags: [],
            products: [],
            misspellings: [],
            exclude: [],
            query: '',
            languages: ['fr'],
            ownAccounts: ['@rival', 'Rival SA'],
            competitor: true,
            ...V8_BRAND,
            createdAt: 0,
            updatedAt: 0,
          }}
        />
      </I18nProvider>,
      root,
    );
    await act(async () => {});
    expect(byLabel('Nos comptes').value).toBe('@rival\nRival SA');
    expect((byLabel('Concurrent (suivi pour comparaison)') as HTMLInputElement).checked).toBe(true);
  });

  it('puts the errors the background returns on their fields', async () => {
    const save = vi.fn(async () => {
      throw new MessageError({
        code: 'invalid',
        message: 'Invalid "brands.save" request.',
        issues: [{ path: 'brand.hashtags.0', message: 'error.hashtag' }],
      });
    });
    mount(save);
    await fill('Brand name', 'Acme');
    await fill('Hashtags', '#acme');
    await submit('Save brand');

    expect(save).toHaveBeenCalledTimes(1);
    const hashtags = byLabel('Hashtags');
    expect(hashtags.getAttribute('aria-invalid')).toBe('true');
    expect(description(hashtags)).toContain(`“#acme”: ${en['error.hashtag']}`);
    expect(byLabel('Brand name').value).toBe('Acme');
  });

  it('reports a failure without field issues in the status region', async () => {
    mount(async () => {
      throw new MessageError({ code: 'failed', message: 'disk full' });
    });
    await fill('Brand name', 'Acme');
    await submit('Save brand');
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      en['brand.saveFailed'].replace('{reason}', en['error.code.failed']),
    );
  });
});

describe('splitList', () => {
  it('splits on commas and new lines, trims, and drops blanks', () => {
    expect(splitList(' a, b\n\n c ,,\n')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
  });
});
