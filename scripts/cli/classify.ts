// `tact classify`: JSON lines {"id","text","lang"?,"author"?,"context"?:{"post"?,"thread"?:[{"author",
// "text"}]}} in, one line {"id","abuse","troll","type","confidence","cues","action"} out per input, with
// the extension's own code (utils/trolls/core/verdict.ts). `--csv <file> --text-column <name>` does the
// same for a CSV export (optional --id-column, --author-column, --lang-column; the row number is the
// id otherwise). With --brand <brand.json>, a line whose author is one of the brand's own accounts is
// not judged: {"id","own":true,"brand",…,"type":null}; every other line says "own":false. A bad line
// gets a {"line","id","error"} line, never a crash.
import { readFileSync } from 'node:fs';
import { z } from '../../utils/shared/zod';
import type { Brand } from '../../utils/mentions/core/brand';
import type { AbuseModel } from '../../utils/trolls/core/abuse';
import { classifyComment, type ClassifyInput } from '../../utils/trolls/core/verdict';
import { csvRecords } from './csv';
import { readJsonLine, type LineOut } from './jsonl';
import { authorName, authorSchema, ownBrand, type AuthorInput } from './own-author';

const MAX = 100_000;
const comment = z.object({ author: z.string().max(1000), text: z.string().max(MAX) });
const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().max(MAX),
  lang: z.string().max(16).optional(),
  author: authorSchema.optional(),
  context: z.object({ post: z.string().max(MAX).optional(), thread: z.array(comment).max(1000).optional() }).optional(),
});

const NOTHING = { fr: 'Rien à faire.', en: 'Nothing to do.' };

function verdictLine(
  id: string | number,
  input: Omit<ClassifyInput, 'author'> & { author?: AuthorInput },
  model: AbuseModel,
  threshold?: number,
  brands?: readonly Brand[],
): string {
  const ownOf = brands ? ownBrand(input.author, brands) : null;
  // the brand's own accounts are never judged
  if (ownOf !== null)
    return JSON.stringify({
      id,
      own: true,
      brand: ownOf,
      abuse: null,
      troll: 0,
      type: null,
      cues: [],
      action: NOTHING,
    });
  const v = classifyComment({ ...input, author: authorName(input.author) }, model, { threshold });
  return JSON.stringify({
    id,
    ...(brands ? { own: false } : {}),
    abuse: v.abuse,
    troll: v.troll,
    type: v.type,
    confidence: v.confidence,
    cues: v.cues,
    action: v.action,
  });
}

export function classifyLine(
  line: string,
  lineNo: number,
  model: AbuseModel,
  threshold?: number,
  brands?: readonly Brand[],
): LineOut | null {
  const read = readJsonLine(line, lineSchema, '{"id","text","lang"?,"author"?,"context"?}', lineNo);
  if (!read) return null;
  if (!read.ok) return { line: read.errorLine, bad: true };
  const { id, ...input } = read.value;
  return { line: verdictLine(id, input, model, threshold, brands), bad: false };
}

export interface CsvOptions {
  textColumn: string;
  idColumn?: string;
  authorColumn?: string;
  langColumn?: string;
  delimiter?: string;
  threshold?: number;
  /** The brands whose own accounts are never judged (from --brand). */
  brands?: readonly Brand[];
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
      o.brands,
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
