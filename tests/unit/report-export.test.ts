import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, mentionRows, mentionsCsv, parseCsv, toCsv } from '../../utils/reports/core/csv';
import { computeReport } from '../../utils/reports/core/report';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import { reportSummary } from '../../utils/reports/core/summary';
import type { ReportInput, ReportItem } from '../../utils/reports/core/types';

const T = Date.parse('2026-03-02T10:00:00Z');
const base: ReportItem = {
  key: 'x:1',
  platform: 'x',
  brandIds: ['acme', 'globex'],
  lang: 'fr',
  intent: 'question',
  sentiment: -0.5,
  postedAt: T,
  seenAt: T + 1000,
  repliedAt: null,
  repliedBy: null,
  status: 'new',
  author: 'x:léa',
  kind: 'comment',
  reactions: 3,
  text: 'Où est ma commande ?',
  permalink: 'https://x.com/a/status/1',
};
const tricky = [
  'virgule, point-virgule; "guillemets"',
  'deux\r\nlignes\navec\rretours',
  '=HYPERLINK("http://evil")',
  '',
  'émoji 🎉 et accents àéîõü',
];
const input: ReportInput = {
  items: tricky.map((text, i) => ({
    ...base,
    key: `x:${i}`,
    text,
    postedAt: T + i * 1000,
    repliedBy: i ? null : '@cm',
  })),
  replies: [],
  events: [],
  incidents: [],
  brands: [],
};
const all = { from: 0, to: Number.MAX_SAFE_INTEGER };

describe('CSV export', () => {
  for (const sep of [',', ';'] as const) {
    it(`parses back to the same rows with '${sep}' (quotes, separators, line breaks, accents)`, () => {
      const csv = mentionsCsv(input, all, {}, sep);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = mentionRows(input, all, {});
      expect(parseCsv(csv, sep)).toEqual(rows);
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(1 + tricky.length);
    });
  }

  it('writes one CRLF record per mention and quotes only what needs it', () => {
    const csv = toCsv(
      [
        ['a', 'b'],
        ['1,5', 'x"y'],
      ],
      ',',
    );
    expect(csv).toBe('\uFEFFa,b\r\n"1,5","x""y"\r\n');
    expect(toCsv([['1,5']], ';')).toBe('\uFEFF1,5\r\n');
  });

  it('keeps formulas from running in a spreadsheet, and times in ISO 8601 UTC', () => {
    const rows = mentionRows(input, all, {});
    const text = CSV_COLUMNS.indexOf('text');
    expect(rows[3]![text]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[1]![CSV_COLUMNS.indexOf('postedAt')]).toBe('2026-03-02T10:00:00.000Z');
    expect(rows[1]![CSV_COLUMNS.indexOf('brands')]).toBe('acme|globex');
    expect(rows[1]![CSV_COLUMNS.indexOf('sentiment')]).toBe('-0.5');
  });

  it('keeps the period and filters of the report', () => {
    expect(mentionRows(input, { from: T + 1000, to: T + 3000 }, {})).toHaveLength(3);
    expect(mentionRows(input, all, { platforms: ['reddit'] })).toHaveLength(1);
  });
});

describe('summary', () => {
  const settings = { ...DEFAULT_REPORT_SETTINGS, timezone: 'Europe/Paris' };
  const r = computeReport(input, { from: T, to: T + 86_400_000 }, {}, settings, T + 86_400_000);
  const prev = computeReport(input, { from: T - 86_400_000, to: T }, {}, settings, T);

  it('says the figures in English and French, with the change since the period before', () => {
    const en = reportSummary(r, prev, 'en', 'md');
    expect(en).toContain('## Community report');
    expect(en).toContain('- Mentions: 5 (vs 0 before)');
    expect(en).toContain('Response rate: 0 % of 5 actionable mentions');
    expect(en).toContain('Europe/Paris');
    const fr = reportSummary(r, prev, 'fr', 'text');
    expect(fr).toContain('• Mentions : 5 (contre 0 avant)');
    expect(fr).toContain('Taux de réponse : 0 % sur 5 mentions à traiter');
    expect(fr).not.toContain('##');
  });

  it('lists recommendations as sentences, not keys', () => {
    const en = reportSummary(r, prev, 'en');
    expect(en).toContain('### Recommendations');
    expect(en).not.toContain('report.rec.');
  });
});
