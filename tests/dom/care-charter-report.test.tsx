// The report's moderation by charter clause (issue #17, item 3): each clause named by its current
// title in the page's language (FR and EN), a clause since removed keeps its number, the brand shown
// when several brands have rows, an empty period says so.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageDb } from '../../components/db';
import { I18nProvider } from '../../components/i18n';
import { ClauseTable } from '../../utils/reports/ui/charter-table';
import { brandSchema } from '../../utils/mentions/core/brand';
import { STARTER_CHARTER } from '../../utils/care/core/starter-charter';
import type { ClauseModeration } from '../../utils/reports/core/types';

let root: HTMLElement;
beforeEach(async () => {
  await pageDb().brands.clear();
  await pageDb().brands.bulkPut([
    brandSchema.parse({ id: 'acme', name: 'Acme', charter: STARTER_CHARTER, createdAt: 1, updatedAt: 1 }),
    brandSchema.parse({ id: 'zed', name: 'Zed', createdAt: 1, updatedAt: 1 }),
  ]);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(rows: ClauseModeration[], lang: 'en' | 'fr' = 'en') {
  render(
    <I18nProvider setting={lang}>
      <ClauseTable rows={rows} />
    </I18nProvider>,
    root,
  );
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}
const cells = () =>
  Array.from(root.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));

describe('ClauseTable', () => {
  const row = (brandId: string, id: string, n: number, flags: number, confirmed = 0, dismissed = 0) => ({
    brandId,
    id,
    n,
    flags,
    confirmed,
    dismissed,
  });

  it('names each clause by its current title, a removed one by its number', async () => {
    await show([row('acme', 'respect', 1, 3, 2, 1), row('acme', 'gone', 8, 1)]);
    expect(root.querySelector('caption')?.textContent).toBe('Moderation by charter clause');
    expect(cells()).toEqual([
      ['Clause 1 — Respect', '3', '2', '1'],
      ['Clause 8 (no longer in the charter)', '1', '0', '0'],
    ]);
  });

  it('in French, with the brand column when several brands have rows', async () => {
    await show([row('acme', 'no-spam', 4, 1), row('zed', 'x', 1, 2)], 'fr');
    expect(Array.from(root.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual([
      'Marque',
      'Article',
      'Signalements',
      'Confirmés',
      'Écartés',
    ]);
    expect(cells()).toEqual([
      ['Acme', 'Article 4 — Pas de spam ni de publicité', '1', '0', '0'],
      ['Zed', 'Article 1 (plus dans la charte)', '2', '0', '0'],
    ]);
  });

  it('says when no moderation action was about a clause', async () => {
    await show([]);
    expect(root.textContent).toBe('No moderation action about a charter clause in this period.');
  });
});
