// The charter editor in the options (issue #17, item 3): start from the starter charter and save it;
// add a clause (focus goes to its first field), reorder with the buttons (focus stays on the moved
// clause) and remove; a clause left empty is refused with the error next to its field; a bad charter
// file is refused with a message naming what is wrong, a good one loads its clauses; export JSON and
// Markdown; FR labels; unsaved changes said.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CharterEditor } from '../../utils/care/ui/charter-editor';
import { brandSchema, type Brand } from '../../utils/mentions/core/brand';
import { STARTER_CHARTER } from '../../utils/care/core/starter-charter';
import { exportCharterJson, importCharterJson } from '../../utils/care/core/charter-file';
import type { Charter } from '../../utils/care/core/charter';
import { mountRoot, renderIn, settle as settleTurns, typeInto, unmountRoot } from '../support/dom-render';

let root: HTMLElement;
beforeEach(() => {
  root = mountRoot();
});
afterEach(() => unmountRoot(root));

const brandWith = (charter: Charter = { clauses: [] }) =>
  brandSchema.parse({ id: 'acme', name: 'Acme', languages: ['fr', 'en'], charter, createdAt: 1, updatedAt: 1 });

const settle = () => settleTurns(5, 5);

function show(brand: Brand, lang: 'en' | 'fr' = 'en') {
  const announce = vi.fn();
  const save = vi.fn(async (b: Brand) => b);
  const download = vi.fn();
  const confirm = vi.fn(() => true);
  renderIn(
    root,
    <CharterEditor brand={brand} announce={announce} save={save} download={download} confirm={confirm} />,
    lang,
  );
  return { announce, save, download, confirm };
}

const button = (text: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.replace(/^[↑↓] /u, '') === text)!;
const click = async (b: HTMLElement) => {
  await act(() => b.click());
  await settle();
};
const type = typeInto;
const clauses = () => Array.from(root.querySelectorAll<HTMLElement>('ol.charter-clauses > li'));
const legends = () => clauses().map((li) => li.querySelector('legend')?.textContent);
const field = (li: HTMLElement, control: string) => li.querySelector<HTMLInputElement>(`[data-control="${control}"]`)!;
const submit = async () => {
  await act(() => root.querySelector('form')!.requestSubmit());
  await settle();
};

describe('CharterEditor', () => {
  it('starts from the starter charter and saves it on the brand', async () => {
    const { save, announce } = show(brandWith());
    expect(root.textContent).toContain('No clause yet');
    expect(button('Save the charter').disabled).toBe(true);
    await click(button('Start from the starter charter'));
    expect(legends()).toEqual(STARTER_CHARTER.clauses.map((c, i) => `Clause ${i + 1} — ${c.title.en}`));
    expect(root.textContent).toContain('Unsaved changes.');
    await submit();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].charter).toEqual(STARTER_CHARTER);
    expect(save.mock.calls[0]![0].name).toBe('Acme');
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Charter of Acme saved.' });
    expect(root.textContent).not.toContain('Unsaved changes.');
  });

  it('adds a clause (focus on it), reorders with the buttons keeping focus, removes, saves the order', async () => {
    const two = { clauses: STARTER_CHARTER.clauses.slice(0, 2) };
    const { save, announce } = show(brandWith(two));
    await click(button('Add a clause'));
    expect(clauses()).toHaveLength(3);
    const added = clauses()[2]!;
    expect(document.activeElement).toBe(field(added, 'title-fr'));
    await type(field(added, 'title-fr'), 'Bienveillance');
    await type(field(added, 'text-en'), 'Be kind to newcomers.');
    const cover = Array.from(added.querySelectorAll('label.check')).find((l) => l.textContent === 'Off topic')!;
    await act(() => cover.querySelector('input')!.click());
    expect(legends()[2]).toBe('Clause 3 — Bienveillance');

    // Move it up twice: it becomes clause 1, and focus follows it.
    await click(button('Move clause 3 up'));
    expect(legends()[1]).toBe('Clause 2 — Bienveillance');
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Clause moved to position 2.' });
    expect(document.activeElement).toBe(field(clauses()[1]!, 'up'));
    await click(button('Move clause 2 up'));
    expect(legends()[0]).toBe('Clause 1 — Bienveillance');
    // At the top "up" is disabled: focus falls on the clause's next control rather than being lost.
    expect(clauses()[0]!.contains(document.activeElement)).toBe(true);

    await click(button('Remove clause 3'));
    expect(legends()).toEqual(['Clause 1 — Bienveillance', 'Clause 2 — Respect']);
    await submit();
    const saved = save.mock.calls[0]![0].charter as Charter;
    expect(saved.clauses.map((c) => c.title.fr)).toEqual(['Bienveillance', 'Respect']);
    expect(saved.clauses[0]).toMatchObject({ text: { fr: '', en: 'Be kind to newcomers.' }, covers: ['off_topic'] });
  });

  it('refuses an empty clause with the error next to its field, and saves nothing', async () => {
    const { save, announce } = show(brandWith());
    await click(button('Add a clause'));
    await type(field(clauses()[0]!, 'text-fr'), 'x'.repeat(10));
    await submit();
    expect(save).not.toHaveBeenCalled();
    expect(announce).toHaveBeenLastCalledWith({
      kind: 'error',
      text: 'The charter has errors: see the fields marked.',
    });
    const title = field(clauses()[0]!, 'title-fr');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector(`#${CSS.escape(title.getAttribute('aria-describedby')!)}`);
    expect(error?.textContent).toBe('Give it in French or in English.');
    expect(document.activeElement).toBe(title);
  });

  it('says when the whole charter is too long to share with the team, above Save', async () => {
    const many = STARTER_CHARTER.clauses.slice(0, 1);
    const { save } = show(brandWith({ clauses: many }));
    for (let i = 0; i < 14; i++) await click(button('Add a clause'));
    expect(button('Add a clause').disabled).toBe(true);
    for (const li of clauses()) {
      await type(field(li, 'text-fr'), '"'.repeat(600));
      await type(field(li, 'text-en'), '"'.repeat(600));
    }
    for (const li of clauses().slice(1)) await type(field(li, 'title-en'), 'Quotes');
    await submit();
    expect(save).not.toHaveBeenCalled();
    expect(root.querySelector('form [role="alert"]')?.textContent).toMatch(
      /^The charter is too long to share with the team: \d+ characters once written as JSON/u,
    );
  });

  it('imports a charter file, and refuses a bad one with a message naming what is wrong', async () => {
    const { announce } = show(brandWith());
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pick = async (text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'c.json')] });
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      await settle();
    };
    await pick(JSON.stringify({ format: 'tact-brand-kit', version: 1 }));
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/^File not imported: it is not a Tact charter file/u);
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(clauses()).toHaveLength(0);
    await pick(JSON.stringify({ tact: 'charter', version: 3, clauses: [] }));
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('newer Tact (file version 3');

    await pick(exportCharterJson('Other brand', STARTER_CHARTER));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(clauses()).toHaveLength(STARTER_CHARTER.clauses.length);
    expect(announce).toHaveBeenLastCalledWith({
      kind: 'ok',
      text: `${STARTER_CHARTER.clauses.length} clauses imported from the file: check them, then save.`,
    });
  });

  it('exports the saved charter as the JSON file and as Markdown, in French', async () => {
    const { download } = show(brandWith(STARTER_CHARTER), 'fr');
    expect(root.querySelector('h2')?.textContent).toBe('Charte de la communauté');
    await click(button('Fichier de charte (JSON)'));
    const [name, text] = download.mock.calls[0]! as [string, string];
    expect(name).toBe('charter-acme.json');
    expect(importCharterJson(text)).toEqual({ ok: true, brand: 'Acme', charter: STARTER_CHARTER });
    await click(button('Markdown, français'));
    const [mdName, md] = download.mock.calls[1]! as [string, string];
    expect(mdName).toBe('charter-acme-fr.md');
    expect(md).toContain('## Article 1 — Respect');
    expect(legends()[1]).toBe('Article 2 — Aucune haine');
  });
});
