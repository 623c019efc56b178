// A small, strict-enough CSV reader (RFC 4180 and what spreadsheet exports really do): a UTF-8 BOM,
// quoted fields with commas, doubled quotes and newlines inside, CRLF or LF line ends, a custom
// delimiter. Returns rows of strings; the caller maps the header.

/** Parses CSV text into rows of fields. Blank lines are skipped. */
export function parseCsv(input: string, delimiter = ','): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 2;
    } else if (c === '\n' || c === '\r') {
      endRow();
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length) endRow();
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(
  input: string,
  delimiter = ',',
): { header: string[]; records: Array<Record<string, string>> } {
  const [header = [], ...rest] = parseCsv(input, delimiter);
  const names = header.map((h) => h.trim());
  return { header: names, records: rest.map((r) => Object.fromEntries(names.map((n, k) => [n, r[k] ?? '']))) };
}
