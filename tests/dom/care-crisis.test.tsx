// Crisis mode's two screens on their own (fake-indexeddb): the side panel's incidents (why, timeline
// table, mentions with who handled them, holding statements with Copy and tone check, checklist ticks
// timed with who, declare, close with a post-mortem — the background's part played by the real repo on
// the same database) and the options' crisis kit form (placeholders, errors, starter checklist, order).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageDb } from '../../components/db';
import { Incidents } from '../../utils/care/ui/incidents';
import { CrisisKit } from '../../utils/care/ui/crisis-kit';
import { closeIncident, declareIncident, tickIncident } from '../../utils/care/crisis-repo';
import { saveBrand } from '../../utils/mentions/repo';
import type { Brand } from '../../utils/mentions/core/brand';
import type { StoredItem } from '../../utils/db/schema';
import { V7_ITEM } from '../support/stored-item';
import { mountRoot, renderIn, settle, submitForm, typeInto, unmountRoot } from '../support/dom-render';

const MIN = 60_000;
// 14:00 UTC, on a 10-minute boundary.
const T = Date.UTC(2026, 11, 7, 14, 0);
const NOW = T + 45 * MIN;
let root: HTMLElement;
let brand: Brand;

function stored(n: number, minutes: number, over: Partial<StoredItem> = {}): StoredItem {
  return {
    platform: 'x',
    platformId: String(n),
    kind: 'post',
    author: { name: `User ${n}`, handle: `@u${n}`, url: '' },
    text: `Acme refund broken ${n}`,
    truncated: false,
    time: '',
    permalink: '',
    parentId: null,
    rootText: '',
    key: `x:${n}`,
    firstSeenAt: T + minutes * MIN,
    lastSeenAt: T + minutes * MIN,
    brandIds: [brand.id],
    status: 'new',
    attention: 1,
    intent: 'complaint',
    sentiment: -0.5,
    priority: 60,
    repliedAt: null,
    ...V7_ITEM,
    ...over,
  };
}

/** The background's part: care.incident.* answered by the real repo on the page's database. */
function background(by: string) {
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  const listener = (
    message: { type: string; payload: Record<string, unknown> },
    _s: unknown,
    reply: (r: unknown) => void,
  ) => {
    sent.push(message);
    const p = message.payload;
    const db = pageDb();
    const now = NOW + 5 * MIN;
    const run =
      message.type === 'care.incident.tick'
        ? tickIncident(db, p.id as string, p.checkId as string, p.done as boolean, now, by)
        : message.type === 'care.incident.close'
          ? closeIncident(db, p.id as string, p.postmortem as string, now, by)
          : declareIncident(db, p.brandId as string, (p.note as string) ?? '', now, by);
    void run.then(
      (data) => reply({ ok: true, data }),
      (e: Error) => reply({ ok: false, error: { code: 'failed', message: e.message } }),
    );
    return true;
  };
  fakeBrowser.runtime.onMessage.addListener(listener as never);
  return sent;
}

beforeEach(async () => {
  const db = pageDb();
  await Promise.all([db.items.clear(), db.incidents.clear(), db.brands.clear(), db.events.clear(), db.replies.clear()]);
  brand = await saveBrand(db, {
    name: 'Acme',
    languages: ['en'],
    holdingStatements: [
      { id: 'h1', language: 'en', title: 'We are on it', body: 'Hi {firstName}, {brand} is checking this right now.' },
      { id: 'h2', language: 'en', title: 'Cold', body: 'Calm down, this is not our problem.' },
    ],
    crisisChecklist: [
      { id: 'c1', label: 'Inform the manager' },
      { id: 'c2', label: 'Alert legal' },
    ],
  });
  root = mountRoot();
});
afterEach(() => unmountRoot(root, { resetBrowser: true }));

async function seedSpike() {
  const db = pageDb();
  const items = [
    stored(1, 2),
    stored(2, 4, { platform: 'reddit' }),
    stored(3, 8, { intent: 'urgent', sentiment: -0.9, text: 'URGENT Acme charger smoking' }),
    stored(4, 12, { status: 'in_progress' }),
    stored(5, 33, { platform: 'reddit', status: 'replied', repliedAt: T + 40 * MIN }),
    stored(6, 35, { intent: 'urgent', sentiment: -0.7 }),
  ];
  await db.items.bulkPut(items);
  await db.events.add({
    type: 'status',
    at: T + 20 * MIN,
    itemKey: 'x:4',
    data: { from: 'new', to: 'in_progress', by: 'Paul' },
  });
  await db.replies.add({
    itemKey: 'x:5',
    at: T + 40 * MIN,
    text: 'Sorry',
    by: 'Léa',
    source: 'suggestion',
    toneIssues: 0,
  });
  await db.incidents.put({
    id: 'inc1',
    brandId: brand.id,
    start: T + 2 * MIN,
    end: null,
    itemKeys: items.map((i) => i.key),
    spikeAt: T + 35 * MIN,
  });
}

function show(lang: 'en' | 'fr' = 'en', announce = vi.fn()) {
  renderIn(root, <Incidents announce={announce} now={NOW} />, lang);
  return announce;
}

const card = () => root.querySelector<HTMLElement>('li.incident')!;

describe('Incidents (side panel)', () => {
  it('says why, shows the 10-minute timeline as a table, the mentions with who handled them', async () => {
    await seedSpike();
    show();
    await settle();
    expect(card().querySelector('h4')?.textContent).toMatch(/^Acme: open since /u);
    expect(card().querySelector('.incident-origin')?.textContent).toBe('Opened by a spike of alarming mentions');
    expect(card().querySelector('[data-testid="incident-why"]')?.textContent).toBe(
      '4 complaints, 2 urgent · refund broken · X, Reddit',
    );
    const rows = Array.from(card().querySelectorAll('[data-testid="incident-timeline"] tbody tr')).map((tr) =>
      Number(tr.querySelector('td')!.textContent!.trim()),
    );
    // 14:00 (3), 14:10 (1), 14:20 (0), 14:30 (2), 14:40 (0): empty buckets listed.
    expect(rows).toEqual([3, 1, 0, 2, 0]);
    expect(card().querySelector('[data-testid="incident-timeline"] caption')?.textContent).toBe(
      'Mentions per 10 minutes',
    );
    const items = Array.from(card().querySelectorAll('.incident-items li'));
    const status = (key: string) =>
      items.find((li) => li.getAttribute('data-item-key') === key)!.querySelector('.status')!.textContent;
    expect(status('x:4')).toBe('In progress, by Paul');
    expect(status('x:5')).toBe('answered by Léa');
    expect(status('x:1')).toBe('New (nobody yet)');
  });

  it('shows the holding statements with Copy and their tone check against the brand profile', async () => {
    await seedSpike();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const announce = show();
    await settle();
    const statements = Array.from(card().querySelectorAll('.incident-statements > li'));
    expect(statements).toHaveLength(2);
    expect(statements[0]!.querySelector('.tone-ok')?.textContent).toBe('Fits the brand’s tone.');
    expect(statements[1]!.querySelector('.tone-issues')?.textContent).toMatch(/^Tone: \d+ to fix$/u);
    const copy = statements[0]!.querySelector('button')!;
    expect(copy.getAttribute('aria-label')).toBe('Copy “We are on it”');
    await act(() => copy.click());
    await settle();
    // Ready to paste: the brand filled, the first name (unknown here) left out.
    expect(writeText).toHaveBeenCalledWith('Hi, Acme is checking this right now.');
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: '“We are on it” copied.' });
  });

  it('ticks the checklist (time and who shown), unticks, and closes with a post-mortem', async () => {
    await seedSpike();
    const sent = background('Marie');
    show();
    await settle();
    const boxes = card().querySelectorAll<HTMLInputElement>('[data-testid="incident-checklist"] input');
    expect(Array.from(boxes).map((b) => b.labels?.[0]?.textContent)).toEqual(['Inform the manager', 'Alert legal']);
    await act(() => boxes[1]!.click());
    await settle();
    const stored1 = await pageDb().incidents.get('inc1');
    expect(stored1!.checks).toEqual([{ id: 'c2', label: 'Alert legal', at: NOW + 5 * MIN, by: 'Marie' }]);
    expect(card().querySelector('[data-check-id="c2"] [data-testid="tick"]')?.textContent).toMatch(
      /done at .+ by Marie/u,
    );
    expect(card().querySelector<HTMLInputElement>('[data-check-id="c2"] input')!.checked).toBe(true);
    await act(() => card().querySelector<HTMLInputElement>('[data-check-id="c2"] input')!.click());
    await settle();
    expect((await pageDb().incidents.get('inc1'))!.checks).toEqual([]);
    expect(sent.map((m) => [m.type, m.payload.done])).toEqual([
      ['care.incident.tick', true],
      ['care.incident.tick', false],
    ]);
    const textarea = card().querySelector<HTMLTextAreaElement>('.incident-close textarea')!;
    expect(card().querySelector(`label[for="${textarea.id}"]`)?.textContent).toBe('Post-mortem');
    await typeInto(textarea, 'Charger batch recalled; FAQ updated.');
    await submitForm(card().querySelector('.incident-close')!);
    await settle();
    expect(await pageDb().incidents.get('inc1')).toMatchObject({
      end: NOW + 5 * MIN,
      closedBy: 'Marie',
      postmortem: 'Charger batch recalled; FAQ updated.',
    });
    expect(card().querySelector('h4')?.textContent).toMatch(/^Acme: .+ to .+/u);
    expect(card().querySelector('.incident-origin')?.textContent).toContain('Closed by Marie');
    expect(card().querySelector('.incident-close button')?.textContent).toBe('Save the post-mortem');
  });

  it('declares an incident by hand with a note; it says who declared it and that nothing is in it yet', async () => {
    background('Marie');
    const announce = show();
    await settle();
    expect(root.querySelector('.care-incidents > .empty')?.textContent).toMatch(/^No incident\./u);
    const note = root.querySelector<HTMLTextAreaElement>('#incident-declare-note')!;
    await typeInto(note, 'Recall rumour on X');
    await submitForm(root.querySelector('.incident-declare')!);
    await settle();
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Incident declared for Acme.' });
    expect(card().querySelector('.incident-origin')?.textContent).toBe('Declared by Marie');
    expect(card().querySelector('.incident-note')?.textContent).toBe('Note: Recall rumour on X');
    expect(card().querySelector('.empty')?.textContent).toMatch(/^No mentions in it yet/u);
  });

  it('keeps the tick of a step since removed; without a checklist, says where to write one', async () => {
    await seedSpike();
    await pageDb().incidents.update('inc1', {
      checks: [{ id: 'old', label: 'Call the CEO', at: T + 5 * MIN, by: 'Paul' }],
    });
    show();
    await settle();
    const old = card().querySelector('[data-check-id="old"]')!;
    expect(old.querySelector('label')?.textContent).toBe('Call the CEO');
    expect(old.querySelector<HTMLInputElement>('input')!.checked).toBe(true);
    expect(old.querySelector('[data-testid="tick"]')?.textContent).toMatch(/by Paul/u);
    await pageDb().brands.update(brand.id, { crisisChecklist: [], holdingStatements: [] });
    await pageDb().incidents.update('inc1', { checks: [] });
    await settle();
    expect(card().textContent).toContain('No checklist for Acme: write one in the options, Community section.');
    expect(card().textContent).toContain('No holding statement for Acme');
  });

  it('speaks French', async () => {
    await seedSpike();
    show('fr');
    await settle();
    expect(root.querySelector('h3')?.textContent).toBe('Incidents');
    expect(card().querySelector('[data-testid="incident-why"]')?.textContent).toBe(
      '4 réclamations, 2 urgentes · refund broken · X, Reddit',
    );
    expect(card().querySelector('.incident-close button')?.textContent).toBe('Clore avec un post-mortem');
  });
});

describe('CrisisKit (options)', () => {
  function showKit(save: (b: Brand) => Promise<unknown>, lang: 'en' | 'fr' = 'en') {
    const announce = vi.fn();
    renderIn(root, <CrisisKit brand={brand} announce={announce} save={save} />, lang);
    return announce;
  }
  const input = typeInto;
  const submit = () => submitForm(root.querySelector('form')!);

  it('adds a statement, names placeholders Tact cannot fill, checks tone live, refuses an empty title', async () => {
    const save = vi.fn(async () => {});
    showKit(save);
    await settle();
    expect(root.querySelectorAll('.holding-statements > li')).toHaveLength(2);
    await act(() =>
      Array.from(root.querySelectorAll('button'))
        .find((b) => b.textContent === 'Add a holding statement')!
        .click(),
    );
    await settle();
    const third = root.querySelectorAll('.holding-statements > li')[2]!;
    expect(document.activeElement).toBe(third.querySelector('input'));
    await input(third.querySelector('textarea')!, 'Calm down, see {date} on {link}.');
    await settle();
    expect(third.querySelector('[data-testid="unknown-placeholders"]')?.textContent).toBe(
      'Tact cannot fill {date}, {link}: this statement would never be suggested.',
    );
    expect(third.querySelector('[data-testid="statement-tone"]')?.textContent).toMatch(/^Tone: \d+ to fix$/u);
    await submit();
    await settle();
    expect(save).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid="crisis-kit-error"]')?.textContent).toMatch(
      /^Not saved: Holding statements 3: /u,
    );
    expect(document.activeElement).toBe(third.querySelector('input'));
  });

  it('uses the starter checklist, reorders and removes steps, and saves them on the brand', async () => {
    const save = vi.fn(async (_b: Brand) => {});
    vi.stubGlobal('confirm', () => true);
    const announce = showKit(save);
    await settle();
    const button = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text)!;
    await act(() => button('Use the starter checklist').click());
    await settle();
    const labels = () =>
      Array.from(root.querySelectorAll<HTMLInputElement>('.crisis-checklist input')).map((i) => i.value);
    expect(labels()).toHaveLength(7);
    expect(labels()[1]).toBe('Alert the legal team');
    await act(() => root.querySelector<HTMLButtonElement>('[aria-label="Move step 1 down"]')!.click());
    await settle();
    expect(labels().slice(0, 2)).toEqual(['Alert the legal team', 'Inform the manager']);
    await act(() => root.querySelector<HTMLButtonElement>('[aria-label="Remove step 7"]')!.click());
    await settle();
    expect(labels()).toHaveLength(6);
    await submit();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    const saved = save.mock.calls[0]![0];
    expect(saved.crisisChecklist.map((c) => c.label)).toEqual(labels());
    expect(saved.holdingStatements).toEqual(brand.holdingStatements);
    expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Crisis kit saved for Acme.' });
    vi.unstubAllGlobals();
  });

  it('speaks French', async () => {
    showKit(
      vi.fn(async () => {}),
      'fr',
    );
    await settle();
    expect(root.querySelector('h3')?.textContent).toBe('Kit de crise');
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.textContent)).toContain(
      'Utiliser la liste de départ',
    );
  });
});

describe('the report’s incidents section', () => {
  it('shows who declared and closed an incident and its post-mortem, in English and French', async () => {
    const { Incidents: ReportIncidents } = await import('../../utils/reports/ui/sections-ops');
    const ctx = {
      reports: { tz: 'UTC' },
      brandName: () => 'Acme',
      drill: vi.fn(),
    } as unknown as Parameters<typeof ReportIncidents>[0]['ctx'];
    const report = {
      incidents: [
        {
          id: 'm',
          brandId: 'b1',
          start: T,
          end: T + 60 * MIN,
          durationMinutes: 60,
          mentions: 3,
          actionable: 3,
          responseRate: 1,
          manual: true,
          declaredBy: 'Marie',
          closedBy: 'Paul',
          postmortem: 'Rumour denied; FAQ updated.',
        },
        {
          id: 's',
          brandId: 'b1',
          start: T,
          end: null,
          durationMinutes: null,
          mentions: 6,
          actionable: 6,
          responseRate: 0,
        },
      ],
    } as unknown as Parameters<typeof ReportIncidents>[0]['report'];
    for (const [lang, by, pm] of [
      ['en', 'Declared by Marie · closed by Paul', 'Post-mortem: Rumour denied; FAQ updated.'],
      ['fr', 'Déclaré par Marie · clos par Paul', 'Post-mortem : Rumour denied; FAQ updated.'],
    ] as const) {
      renderIn(root, <ReportIncidents ctx={ctx} report={report} />, lang);
      await settle();
      const [manual, spike] = Array.from(root.querySelectorAll('ul.incidents > li'));
      expect(manual!.querySelector('.incident-by')?.textContent).toBe(by);
      expect(manual!.querySelector('[data-testid="postmortem"]')?.textContent).toBe(pm);
      expect(spike!.querySelector('.incident-by')).toBeNull();
      expect(spike!.querySelector('[data-testid="postmortem"]')).toBeNull();
      render(null, root);
    }
  });
});

describe('the spike alert says why', () => {
  const why = {
    total: 15,
    intents: [
      { value: 'complaint', count: 12 },
      { value: 'urgent', count: 3 },
    ],
    words: ['refund', 'broken'],
    platforms: [
      { value: 'x', count: 10 },
      { value: 'reddit', count: 5 },
    ],
    examples: [{ key: 'x:1', text: 'refund now', platform: 'x' }],
  };

  it('in the popup and side panel: counts by intent, words, platforms, and "Open the incident"', async () => {
    const { Alerts } = await import('../../utils/mentions/ui/alerts');
    await pageDb().events.add({
      type: 'spike',
      at: Date.now() - MIN,
      data: { brandId: brand.id, brandName: 'Acme', recent: 15, usual: 0.4, why, dismissed: false, incidentId: 'i1' },
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    for (const [lang, text, open] of [
      ['en', '12 complaints, 3 urgent · refund, broken · X, Reddit', 'Open the incident'],
      ['fr', '12 réclamations, 3 urgentes · refund, broken · X, Reddit', 'Ouvrir l’incident'],
    ] as const) {
      renderIn(root, <Alerts />, lang);
      await settle();
      expect(root.querySelector('[data-testid="spike-why"]')?.textContent?.trim()).toBe(text);
      const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === open)!;
      expect(button.getAttribute('aria-label')).toBe(
        lang === 'en' ? 'Open the incident for Acme' : 'Ouvrir l’incident de Acme',
      );
      await act(() => button.click());
      render(null, root);
    }
    // Not in the side panel (the popup): the side panel's Community view opens in a tab.
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html\?view=care$/u) });
  });

  it('the browser notification says why, in the browser’s language, and a click opens the incident', async () => {
    const { notifySpike, startSpikeNotificationClicks } = await import('../../utils/mentions/notify');
    const created = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('n' as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    await notifySpike({ brandId: 'b1', brandName: 'Acme', recent: 15, usual: 0.4, why });
    const [id, options] = created.mock.calls[0]! as unknown as [string, { message: string }];
    expect(options.message).toBe(
      '12 réclamations, 3 urgentes · refund, broken · X, Reddit. Cliquez pour ouvrir l’incident.',
    );
    startSpikeNotificationClicks();
    await fakeBrowser.notifications.onClicked.trigger(id);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html\?view=care$/u) });
  });
});
