// `tact classify`: JSON lines {"id","text","lang"?,"author"?,"context"?:{"post"?,"thread"?:[{"author",
// "text"}]}} in, one line {"id","abuse","troll","type","confidence","cues","action"} out per input, with
// the extension's own code (utils/trolls/core/verdict.ts). `--csv <file> --text-column <name>` does the
// same for a CSV export (optional --id-column, --author-column, --lang-column; the row number is the
// id otherwise). A bad line gets a {"line","id","error"} line, never a crash.
import { readFileSync } from 'node:fs';
import { z } from '../../utils/shared/zod';
import type { AbuseModel } from '../../utils/trolls/core/abuse';
import { classifyComment, type ClassifyInput } from '../../utils/trolls/core/verdict';
import { csvRecords } from './csv';
import { readJsonLine, type LineOut } from './jsonl';

const MAX = 100_000;
const comment = z.object({ author: z.string().max(1000), text: z.string().max(MAX) });
const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().max(MAX),
  lang: z.string().max(16).optional(),
  author: z.string().max(1000).optional(),
  context: z.object({ post: z.string().max(MAX).optional(), thread: z.array(comment).max(1000).optional() }).optional(),
});

function verdictLine(id: string | number, input: ClassifyInput, model: AbuseModel, threshold?: number): string {
  const v = classifyComment(input, model, { threshold });
  return JSON.stringify({
    id,
    abuse: v.abuse,
    troll: v.troll,
    type: v.type,
    confidence: v.confidence,
    cues: v.cues,
    action: v.action,
  });
}

export function classifyLine(line: string, lineNo: number, model: AbuseModel, threshold?: number): LineOut | null {
  const read = readJsonLine(line, lineSchema, '{"id","text","lang"?,"author"?,"context"?}', lineNo);
  if (!read) return null;
  if (!read.ok) return { line: read.errorLine, bad: true };
  const { id, ...input } = read.value;
  return { line: verdictLine(id, input, model, threshold), bad: false };
}

export interface CsvOptions {
  textColumn: string;
  idColumn?: string;
  authorColumn?: string;
  langColumn?: string;
  delimiter?: string;
  threshold?: number;
}

/** Classifies every row of a CSV export; yields one output line per row. */
export function* classifyCsv(content: string, model: AbuseModel, o: CsvOptions): Generator<string> {
  const { header, records } = csvRecords(content, o.delimiter ?? ',');
  for (const col of [o.textColumn, o.idColumn, o.authorColumn, o.langColumn]) {
    if (col !== undefined && !header.includes(col))
      throw new Error(`CSV has no column "${col}" (columns: ${header.join(', ')})`);
  }
  let n = 0;
  for (const r of records) {
    n++;
    const id = o.idColumn ? r[o.idColumn]! : n;
    const text = r[o.textColumn] ?? '';
    if (text.length > MAX) {
      // CSV fields may span lines: a bad record is named by its row (1 = the first after the header).
      yield JSON.stringify({ row: n, id, error: 'text too long' });
      continue;
    }
    yield verdictLine(
      id,
      {
        text,
        author: o.authorColumn ? r[o.authorColumn] : undefined,
        lang: o.langColumn ? r[o.langColumn] : undefined,
      },
      model,
      o.threshold,
    );
  }
}

export function readCsvFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read CSV file ${file}: ${(e as Error).message}`);
  }
}
