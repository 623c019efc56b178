// The report page's "My figures / The team's" switch on its own: the background is a mocked `send`.
// The team's figures under the local KPI names, the CM-vs-CM table for admins only, and a clear
// message (FR and EN) when sync is off, for a viewer, or offline, with a retry that asks again.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../../utils/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/messaging/client')>()),
  send: (...args: unknown[]) => send(...args),
}));

const { TeamFigures, periodDays } = await import('../../utils/reports/ui/team-figures');
const { I18nProvider } = await import('../../components/i18n');

let root: HTMLElement;
const settle = async () => {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
};

const figures = (mentions: number, responseRate: number | null, median: number | null) => ({
  mentions,
  actionable: mentions,
  answered: Math.round(mentions * (responseRate ?? 0)),
  sentiment: { positive: 1, neutral: mentions - 2, negative: 1, net: 0 },
  responseRate,
  firstResponseMinutes: { count: 3, median, p90: median === null ? null : median * 3 },
  backlog: 4,
});
const report = (by: 'cm' | null, groups: { key: string; figures: ReturnType<typeof figures> }[] = []) => ({
  from: '2026-03-02',
  to: '2026-03-09',
  by,
  total: figures(120, 0.75, 42),
  groups,
});

// The ISO week of 2026-03-02 in Paris.
const period = { from: Date.UTC(2026, 2, 1, 23), to: Date.UTC(2026, 2, 8, 23) };

function mount(lang: 'en' | 'fr' = 'en') {
  render(
    <I18nProvider setting={lang}>
      <TeamFigures period={period} tz="Europe/Paris" brandName={(id) => (id === 'acme' ? 'Acme' : id)}>
        <p id="mine">local report</p>
      </TeamFigures>
    </I18nProvider>,
    root,
  );
}

async function showTeam() {
  const radio = root.querySelector<HTMLInputElement>('input[value="team"]')!;
  await act(() => {
    radio.click();
  });
  await settle();
}

beforeEach(() => {
  send.mockReset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('TeamFigures', () => {
  it('turns a period into the local days it covers', () => {
    expect(periodDays(period, 'Europe/Paris')).toEqual({ from: '2026-03-02', to: '2026-03-09' });
    expect(periodDays({ from: period.from, to: period.from + 3_600_000 }, 'Europe/Paris')).toEqual({
      from: '2026-03-02',
      to: '2026-03-03',
    });
  });

  it("shows my figures first, then the team's under the local KPI names; admins get CM vs CM", async () => {
    send.mockImplementation(async (_type: string, q: { by?: string }) =>
      q.by === 'cm'
        ? {
            state: 'ok',
            role: 'admin',
            report: report('cm', [
              { key: 'Léa', figures: figures(80, 0.9, 12) },
              { key: 'Sam', figures: figures(40, 0.5, 95) },
            ]),
          }
        : q.by === 'platform'
          ? { state: 'ok', role: 'admin', report: report(null, [{ key: 'reddit', figures: figures(7, 1, 3) }]) }
          : { state: 'ok', role: 'admin', report: report(null, [{ key: 'acme', figures: figures(120, 0.75, 42) }]) },
    );
    mount();
    expect(root.querySelector('#mine')).not.toBeNull();
    expect(send).not.toHaveBeenCalled();
    await showTeam();
    expect(root.querySelector('#mine')).toBeNull();
    expect(send).toHaveBeenCalledWith('reports.team', { from: '2026-03-02', to: '2026-03-09', by: 'brand' });
    expect(send).toHaveBeenCalledWith('reports.team', { from: '2026-03-02', to: '2026-03-09', by: 'cm' });
    const tiles = [...root.querySelectorAll('.team-tiles div')].map((d) => d.textContent);
    expect(tiles).toContain('Mentions120');
    expect(tiles).toContain('Response rate75%');
    expect(tiles.some((t) => t?.startsWith('First response, median') && t.includes('42'))).toBe(true);
    const table = (caption: string) =>
      [...root.querySelectorAll('table.team-groups')].find((t) => t.querySelector('caption')!.textContent === caption);
    const heads = (caption: string) =>
      [...table(caption)!.querySelectorAll('tbody tr')].map((r) => r.querySelector('th')!.textContent);
    expect(heads('CM vs CM')).toEqual(['Léa', 'Sam']);
    // Split by brand (names from the page), then by platform (the platform's name).
    expect(heads('Brand')).toEqual(['Acme']);
    const select = root.querySelector<HTMLSelectElement>('.team-split select')!;
    await act(() => {
      select.value = 'platform';
      select.dispatchEvent(new Event('change'));
    });
    await settle();
    expect(send).toHaveBeenCalledWith('reports.team', { from: '2026-03-02', to: '2026-03-09', by: 'platform' });
    expect(heads('Platform')).toEqual(['Reddit']);
  });

  it('gives editors the team figures without the CM table', async () => {
    send.mockResolvedValue({ state: 'ok', role: 'editor', report: report(null) });
    mount();
    await showTeam();
    expect(send).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.team-tiles')).not.toBeNull();
    const captions = [...root.querySelectorAll('table.team-groups caption')].map((c) => c.textContent);
    expect(captions).not.toContain('CM vs CM');
  });

  it('says plainly when sync is off, in French too', async () => {
    send.mockResolvedValue({ state: 'off' });
    mount('fr');
    await showTeam();
    expect(root.querySelector('[role="status"]')!.textContent).toContain('synchronisation d’équipe');
    expect(root.querySelector('.team-tiles')).toBeNull();
  });

  it('explains a viewer, and offers a retry when offline that asks again', async () => {
    send.mockResolvedValueOnce({ state: 'forbidden' });
    mount();
    await showTeam();
    expect(root.textContent).toContain('editors and admins');
    render(null, root);
    send.mockReset();
    send.mockRejectedValueOnce(new Error('network')).mockResolvedValueOnce({
      state: 'ok',
      role: 'editor',
      report: report(null),
    });
    mount();
    await showTeam();
    expect(root.textContent).toContain('cannot be reached');
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
    await act(() => {
      retry.click();
    });
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(root.querySelector('.team-tiles')).not.toBeNull();
  });
});
