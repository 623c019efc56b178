// The settings app's parts on their own: the hash names the open section, search finds settings in
// both languages, and a dirty form holds a change of section until the user chooses.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirtyRegistry, useDirty } from '../../components/dirty';
import { I18nProvider } from '../../components/i18n';
import { searchSettings, type SearchableSection } from '../../components/settings-search';
import { SettingsShell, type SettingsSection } from '../../components/settings-shell';
import { sectionFromHash } from '../../components/use-hash-section';

const SEARCHABLE: SearchableSection[] = [
  { id: 'tone', title: 'settings.section.tone', keywords: 'settings.keywords.tone', labels: ['tone.field.banned'] },
  { id: 'sharing', title: 'settings.section.sharing', keywords: 'settings.keywords.sharing', labels: ['sync.invite'] },
];

describe('sectionFromHash', () => {
  it.each([
    ['#tone', 'tone'],
    ['tone', 'tone'],
    ['', 'brands'],
    ['#nothing-here', 'brands'],
    ['#%74one', 'tone'],
    ['#%', 'brands'],
  ])('returns the section %j names, or the default', (hash, expected) => {
    expect(sectionFromHash(hash, ['brands', 'tone'], 'brands')).toBe(expected);
  });
});

describe('searchSettings', () => {
  it('returns nothing for an empty query', () => {
    expect(searchSettings(SEARCHABLE, '  ')).toEqual([]);
  });
  it.each([
    ['banned', [{ section: 'tone' }, { section: 'tone', label: 'tone.field.banned' }]],
    ['INTERDITS', [{ section: 'tone', label: 'tone.field.banned' }]],
    ['invitation', [{ section: 'sharing' }, { section: 'sharing', label: 'sync.invite' }]],
    ['équipe', [{ section: 'sharing' }]],
    ['equipe', [{ section: 'sharing' }]],
    ['banned invite', []],
  ])('finds %j in titles, keywords and labels, in French and English, accents and case aside', (query, hits) => {
    expect(searchSettings(SEARCHABLE, query)).toEqual(hits);
  });
});

describe('the dirty registry', () => {
  it('is dirty while any form says so', () => {
    const r = createDirtyRegistry();
    r.set('a', true);
    r.set('b', true);
    r.set('a', false);
    expect(r.any()).toBe(true);
    r.clear();
    expect(r.any()).toBe(false);
  });
});

describe('SettingsShell', () => {
  let root: HTMLElement;

  function Editor() {
    const [text, setText] = useState('');
    useDirty(text !== '');
    return (
      <section>
        <h2>Editor</h2>
        <label for="draft">Draft</label>
        <input id="draft" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </section>
    );
  }
  const SECTIONS: SettingsSection[] = [
    { ...SEARCHABLE[0]!, Component: Editor },
    { ...SEARCHABLE[1]!, Component: () => <h2>Other</h2> },
  ];

  beforeEach(async () => {
    history.replaceState(null, '', '#tone');
    root = document.createElement('div');
    document.body.append(root);
    // In act: the hash listener is registered in an effect.
    await act(() =>
      render(
        <I18nProvider setting="en">
          <SettingsShell heading="options.heading" sections={SECTIONS} fallback="tone" />
        </I18nProvider>,
        root,
      ),
    );
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const hashChange = async (hash: string) => {
    await act(async () => {
      history.pushState(null, '', hash);
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
  };
  const current = () => root.querySelector('nav a[aria-current="page"]')?.textContent;

  it('marks the open section in the navigation and switches on a hash change', async () => {
    expect(current()).toBe('Tone of voice');
    await hashChange('#sharing');
    expect(current()).toBe('Sharing & team');
    expect(root.querySelector('main h2')?.textContent).toBe('Other');
  });

  it('holds the change while a form is dirty: stay keeps the edits, leave drops them', async () => {
    const input = root.querySelector<HTMLInputElement>('#draft')!;
    await act(async () => {
      input.value = 'half-typed';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await hashChange('#sharing');
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(current()).toBe('Tone of voice');
    const [stay, leave] = Array.from(dialog.querySelectorAll('button'));
    await act(async () => stay!.click());
    expect(dialog.open).toBe(false);
    expect(location.hash).toBe('#tone');
    expect(root.querySelector<HTMLInputElement>('#draft')!.value).toBe('half-typed');

    await hashChange('#sharing');
    await act(async () => leave!.click());
    expect(current()).toBe('Sharing & team');
  });
});
