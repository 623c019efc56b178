// For the report tests: an RFC 4180 reader written apart from the exporter (utils/reports/core/csv.ts),
// and the rows a mentions CSV must hold, built from the generated data by the column meaning.
import type { ReportItem } from '../../utils/reports/core/types';

/** Parses RFC 4180 text (quoted fields, "" for a quote, CRLF or LF between records) into rows. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    const crlf = c === '\r' && text[i + 1] === '\n';
    if (c === '"' && field === '') quoted = true;
    else if (c === sep || crlf || c === '\n') {
      row.push(field);
      field = '';
      if (c !== sep) {
        rows.push(row);
        row = [];
      }
      if (crlf) i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
/**
 * Text anyone can write is kept from running as a spreadsheet formula (OWASP, CSV injection): a
 * leading = + - @ tab or CR gets an apostrophe, so an own account's '@acme_support' reads "'@acme_support".
 */
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** What one mention's CSV record says, column by column (the exporter's header names them). */
export function expectedRecord(item: ReportItem): Record<string, string> {
  return {
    key: item.key,
    platform: item.platform,
    brands: item.brandIds.join('|'),
    lang: item.lang,
    intent: item.intent,
    sentiment: String(item.sentiment),
    postedAt: iso(item.postedAt),
    seenAt: iso(item.seenAt),
    repliedAt: iso(item.repliedAt),
    repliedBy: safe(item.repliedBy ?? ''),
    status: item.status,
    author: safe(item.author),
    kind: item.kind,
    reactions: item.reactions === null ? '' : String(item.reactions),
    text: safe(item.text),
    permalink: safe(item.permalink),
  };
}

/** Parsed rows (header first) as records keyed by the header's names. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}
