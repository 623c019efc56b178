// The test CSV reader (tests/support/report-csv.ts) on hand-written RFC 4180 text, then the report's
// CSV export of the generated quarter read back: one record per mention of the period, the same
// values, with both separators, a BOM first.
import { describe, expect, it } from 'vitest';
import { mentionsCsv } from '../../utils/reports/core/csv';
import { expectedRecord, parseCsv, records } from '../support/report-csv';
import { oracle } from '../support/report-oracle';
import { generateQuarter } from '../support/report-quarter';

describe('test CSV reader', () => {
  it('reads quoted fields, doubled quotes, separators and line breaks inside quotes', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n,,\r\n';
    expect(parseCsv(text, ',')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['', '', ''],
    ]);
    expect(parseCsv('a;"b;c"\nd;e', ';')).toEqual([
      ['a', 'b;c'],
      ['d', 'e'],
    ]);
  });
});

describe('the CSV of the generated quarter reads back to its mentions', () => {
  const q = generateQuarter();
  const week = { from: Date.parse('2026-08-17T00:00:00+02:00'), to: Date.parse('2026-08-24T00:00:00+02:00') };
  const want = oracle(q.input, week);
  const byKey = new Map(q.input.items.map((i) => [i.key, i]));

  it.each([',', ';'] as const)('separator %s', (sep) => {
    const csv = mentionsCsv(q.input, week, {}, sep);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const got = records(parseCsv(csv.slice(1), sep));
    expect(got.map((r) => r.key).sort()).toEqual([...want.keys].sort());
    for (const r of got) expect(r).toEqual(expectedRecord(byKey.get(r.key!)!));
    // The quarter's texts include a separator, a quote and a line break: they survive the round trip.
    expect(got.some((r) => /"as always";\n/.test(r.text!))).toBe(true);
  });
});
