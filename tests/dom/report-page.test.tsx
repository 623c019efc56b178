// The report page on its own (happy-dom, fake-indexeddb): seeded mentions give KPI tiles and chart
// tables equal to the core's figures on the same rows; a chart row drills down to its items; the
// template tabs work from the keyboard; the CM's reading and the settings go to the background.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredItem } from '../../utils/db/schema';
import { V8_BRAND } from '../support/stored-brand';

const send = vi.fn();
vi.mock('../../utils/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/messaging/client')>()),
  send: (...args: unknown[]) => send(...args),
}));

const { ReportPage } = await import('../../utils/reports/ui/report-page');
const { I18nProvider } = await import('../../components/i18n');
const { pageDb } = await import('../../components/db');
const { loadReportInput } = await import('../../utils/reports/repo');
const { computeReport } = await import('../../utils/reports/core/report');
const { periodFor } = await import('../../utils/reports/core/period');
const { DEFAULT_SETTINGS } = await import('../../utils/settings/core/schema');

const HOUR = 3_600_000;
const NOW = Date.now();
let root: HTMLElement;

function item(n: number, over: Partial<StoredItem>): StoredItem {
  const at = NOW - (n + 1) * HOUR;
  return {
    platform: 'x',
    platformId: String(n),
    authorKey: '',
    kind: 'comment',
    author: { name: `Author ${n % 3}`, handle: `@a${n % 3}`, url: '' },
    text: `Mention number ${n} of Acme`,
    truncated: false,
    time: new Date(at).toISOString(),
    permalink: `https://x.com/a/status/${n}`,
    parentId: null,
    rootText: '',
    key: `x:${n}`,
    firstSeenAt: at,
    lastSeenAt: at,
    brandIds: ['acme'],
    status: 'new',
    attention: 1,
    intent: 'question',
    sentiment: 0,
    priority: 50,
    repliedAt: null,
    postedAt: at,
    ours: 0,
    answeredAt: null,
    answeredBy: null,
    lang: 'en',
    reactions: null,
    ...over,
  };
}

const ITEMS = [
  item(1, { intent: 'complaint', sentiment: -0.6, repliedAt: NOW - 1.5 * HOUR }),
  item(2, { intent: 'question', platform: 'reddit', key: 'reddit:2', lang: 'fr' }),
  item(3, { intent: 'praise', sentiment: 0.8 }),
  item(4, { intent: 'urgent', sentiment: -0.3, platform: 'facebook', key: 'facebook:4' }),
  item(5, { intent: 'question', repliedAt: NOW - 2 * HOUR, status: 'replied' }),
  item(6, { intent: 'other', ours: 1 }),
];

async function settle() {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

async function mount(search: string) {
  render(
    <I18nProvider setting="en">
      <ReportPage search={search} />
    </I18nProvider>,
    root,
  );
  await settle();
}

const tile = (id: string) => root.querySelector(`[data-kpi="${id}"] .kpi-value`)?.textContent;

beforeAll(async () => {
  const db = pageDb();
  await db.open();
  await db.brands.put({
    id: 'acme',
    name: 'Acme',
    aliases: [],
    handles: [],
    hashtags: [],
    products: [],
    misspellings: [],
    exclude: [],
    query: '',
    languages: ['fr', 'en'],
    ownAccounts: [],
    competitor: false,
    ...V8_BRAND,
    createdAt: 0,
    updatedAt: 0,
  });
  const settings = { ...DEFAULT_SETTINGS, reports: { ...DEFAULT_SETTINGS.reports, timezone: 'UTC' } };
  await db.settings.put({ key: 'settings', value: settings });
  await db.items.bulkPut(ITEMS);
});
beforeEach(() => {
  send.mockReset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the report page', () => {
  it('shows the core’s figures for the period, ours left out', async () => {
    await mount('?template=monthly&period=rolling7');
    const input = await loadReportInput(pageDb());
    const settings = { ...DEFAULT_SETTINGS.reports, timezone: 'UTC' };
    const want = computeReport(input, periodFor('rolling7', NOW, 'UTC'), {}, settings, NOW);
    expect(want.mentions).toBe(5);
    expect(tile('mentions')).toBe(String(want.mentions));
    expect(tile('responseRate')).toBe(`${Math.round((want.responseRate ?? 0) * 1000) / 10}%`);
    expect(tile('uniqueAuthors')).toBe(String(want.authors.unique));
    const rows = [...root.querySelectorAll('figure[data-chart="by-platform"] tbody tr')].map((tr) => [
      tr.querySelector('th')!.textContent,
      tr.querySelector('td')!.textContent,
    ]);
    expect(Object.fromEntries(rows)).toEqual({ X: '3', Reddit: '1', Facebook: '1' });
    expect(root.querySelectorAll('details.kpi-def').length).toBe(root.querySelectorAll('[data-kpi]').length);
  });

  it('drills down from a chart table row to its items, each with "Go to it"', async () => {
    await mount('?template=monthly&period=rolling7');
    const figure = root.querySelector('figure[data-chart="by-intent"]')!;
    const toggle = [...figure.querySelectorAll('button')].find((b) => b.textContent === 'Show the data table')!;
    await act(() => toggle.click());
    expect(figure.querySelector('table')!.hidden).toBe(false);
    const row = [...figure.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')!.textContent === 'Question',
    );
    await act(() => row!.querySelector('button')!.click());
    await settle();
    const drill = root.querySelector('[data-testid="drill"]')!;
    const keys = [...drill.querySelectorAll('li[data-item-key]')].map((li) => li.getAttribute('data-item-key'));
    expect(keys.sort()).toEqual(['reddit:2', 'x:5']);
    send.mockResolvedValue({ opened: 'tab' });
    const go = [...drill.querySelectorAll('button')].find((b) => b.textContent === 'Go to it')!;
    await act(() => go.click());
    expect(send).toHaveBeenCalledWith('items.open', { key: expect.stringMatching(/^(reddit:2|x:5)$/) });
  });

  it('switches templates with the arrow keys, the panel following', async () => {
    await mount('?template=weekly&period=rolling7');
    const weekly = root.querySelector<HTMLButtonElement>('#report-tab-weekly')!;
    expect(weekly.getAttribute('aria-selected')).toBe('true');
    await act(() => {
      weekly.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    await settle();
    expect(root.querySelector('#report-tab-monthly')!.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('[role="tabpanel"] h2')!.textContent).toBe('Monthly');
    expect(root.querySelector('[data-section="volume"]')).not.toBeNull();
  });

  it('saves the CM’s reading of the report through the background', async () => {
    await mount('?template=weekly&period=rolling7');
    send.mockResolvedValue({ note: { id: 'n' } });
    const area = root.querySelector<HTMLTextAreaElement>('.report-notes textarea')!;
    area.value = 'Quiet week; the complaint was answered in 30 minutes.';
    await act(() => {
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLFormElement>('.report-notes')!.requestSubmit());
    await settle();
    const period = periodFor('rolling7', NOW, 'UTC');
    expect(send).toHaveBeenCalledWith('reports.saveNote', {
      template: 'weekly',
      from: period.from,
      to: period.to,
      text: 'Quiet week; the complaint was answered in 30 minutes.',
    });
    expect(root.querySelector('[data-testid="status"]')!.textContent).toBe('Reading saved.');
  });

  it('saves the report settings whole through settings.set', async () => {
    await mount('?template=weekly&period=rolling7');
    send.mockResolvedValue({});
    const form = root.querySelector<HTMLFormElement>('form.report-settings')!;
    const reminder = [...form.querySelectorAll('label.check')].find((l) => /Remind me/.test(l.textContent!))!;
    await act(() => reminder.querySelector('input')!.click());
    await act(() => form.requestSubmit());
    await settle();
    expect(send).toHaveBeenCalledWith('settings.set', {
      reports: expect.objectContaining({ timezone: 'UTC', reminder: { enabled: true, weekday: 1, hour: 9 } }),
    });
  });

  it('saves business hours with closed days, names the lines that are not dates', async () => {
    await mount('?template=weekly&period=rolling7');
    send.mockResolvedValue({});
    const form = root.querySelector<HTMLFormElement>('form.report-settings')!;
    const hours = [...form.querySelectorAll('label.check')].find((l) => /business hours/.test(l.textContent!))!;
    await act(() => hours.querySelector('input')!.click());
    const monday = form.querySelector<HTMLInputElement>('input[type="time"][aria-label="Monday, Opens"]')!;
    await act(() => {
      monday.value = '08:30';
      monday.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const holidays = form.querySelector<HTMLTextAreaElement>('textarea')!;
    await act(() => {
      holidays.value = '2026-12-25\n2026-02-30\nsoon\n2026-01-01';
      holidays.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(form.querySelector('.error')!.textContent).toBe('Not a date, left out: 2026-02-30, soon');
    expect(holidays.getAttribute('aria-invalid')).toBe('true');
    await act(() => form.requestSubmit());
    await settle();
    const sent = send.mock.calls.find((c) => c[0] === 'settings.set')![1] as {
      reports: { businessHours: { week: { start: number; end: number }[][]; holidays: string[] } };
    };
    expect(sent.reports.businessHours.week[1]).toEqual([{ start: 510, end: 1080 }]);
    expect(sent.reports.businessHours.holidays).toEqual(['2026-01-01', '2026-12-25']);
  });

  it('opens the period before the current one with ?previous=1 (the reminder’s link)', async () => {
    await mount('?template=weekly&period=rolling7&previous=1');
    const before = periodFor('rolling7', periodFor('rolling7', NOW, 'UTC').from - 1, 'UTC');
    const fmt = (ms: number) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).format(ms);
    expect(root.querySelector('[data-testid="period"]')!.textContent).toBe(
      `${fmt(before.from)} to ${fmt(before.to - 1)} (UTC)`,
    );
    expect(tile('mentions')).toBe('0');
  });

  it('copies the Markdown summary with the CM’s saved reading', async () => {
    const period = periodFor('rolling7', NOW, 'UTC');
    const id = `weekly:${period.from}:${period.to}`;
    await pageDb().reportNotes.put({ id, template: 'weekly', ...period, text: 'All calm.', updatedAt: NOW });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mount('?template=weekly&period=rolling7');
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy the summary (Markdown)')!;
    await act(() => copy.click());
    await settle();
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toMatch(/^## Reports: Weekly\n/);
    expect(text).toContain('### Your reading\n\nAll calm.');
    expect(root.querySelector('[data-testid="status"]')!.textContent).toMatch(/^Summary copied/);
  });
});
