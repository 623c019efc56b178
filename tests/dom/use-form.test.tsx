// The shared form hook on its own: issues put on their field (zod paths and the background's dotted
// ones), the dirty flag (edits, undo, save, reset), and a new record's form starting again.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { placeIssues, useForm } from '../../components/use-form';
import { en } from '../../utils/i18n/messages';

const i18n = { issue: (m: string) => `<${m}>` };

describe('placeIssues', () => {
  it('puts each issue on its field, drops the root of a dotted path, and keeps the rest apart', () => {
    const found = placeIssues(
      [
        { path: ['name'], message: 'error.empty' },
        { path: 'brand.handles.0', message: 'error.handle' },
        { path: ['nowhere'], message: 'error.other' },
      ],
      ['name', 'handles'] as const,
      i18n,
      'brand',
    );
    expect(found).toEqual({
      fields: { name: ['<error.empty>'], handles: ['<error.handle>'] },
      other: ['<error.other>'],
    });
  });

  it('lets the caller name the field and reword the text', () => {
    const found = placeIssues(
      [{ path: ['examples', 'dont', 2], message: 'x' }],
      ['examples.dont'] as const,
      i18n,
      'p',
      (path, text) => [`${path[0]}.${path[1]}`, `${text}!`],
    );
    expect(found.fields).toEqual({ 'examples.dont': ['<x>!'] });
  });
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

type Form = ReturnType<typeof useForm<{ name: string }, 'name', { name: string }>>;

function mount(save: (d: { name: string }) => Promise<unknown>, announced: string[]) {
  const seen: { form?: Form } = {};
  function Probe() {
    seen.form = useForm({
      fields: ['name'] as const,
      initial: () => ({ name: '' }),
      hints: {},
      check: (v) => (v.name ? { ok: true, data: v } : { ok: false, found: { fields: { name: ['empty'] }, other: [] } }),
      refused: () => ({ fields: {}, other: [] }),
      save,
      announce: (m) => void (m && announced.push(m.text)),
      messages: { invalid: 'brand.invalid', saved: 'brand.saved', saveFailed: 'brand.saveFailed' },
      afterSave: () => ({ name: '' }),
    });
    return null;
  }
  render(
    <I18nProvider setting="en">
      <Probe />
    </I18nProvider>,
    root,
  );
  return seen as { form: Form };
}

describe('useForm', () => {
  it('is dirty while the values differ from the last ones loaded or saved', async () => {
    const announced: string[] = [];
    const seen = mount(async () => ({}), announced);
    expect(seen.form.dirty).toBe(false);
    await act(() => seen.form.set({ name: 'Acme' }));
    expect(seen.form.dirty).toBe(true);
    await act(() => seen.form.set({ name: '' }));
    expect(seen.form.dirty).toBe(false);
    await act(() => seen.form.set({ name: 'Acme' }));
    await act(() => seen.form.submit(new Event('submit')));
    expect(announced).toEqual([en['brand.saved'].replace('{name}', 'Acme')]);
    expect(seen.form.values).toEqual({ name: '' });
    expect(seen.form.dirty).toBe(false);
  });

  it('refuses invalid values with the errors on their field and saves nothing', async () => {
    const announced: string[] = [];
    let saved = 0;
    const seen = mount(async () => saved++, announced);
    await act(() => seen.form.submit(new Event('submit')));
    expect(saved).toBe(0);
    expect(seen.form.errors).toEqual({ name: ['empty'] });
    expect(seen.form.invalid('name')).toBe('true');
    expect(announced).toEqual([en['brand.invalid']]);
    await act(() => seen.form.reset({ name: 'Other' }));
    expect(seen.form.errors).toEqual({});
    expect(seen.form.dirty).toBe(false);
  });
});
