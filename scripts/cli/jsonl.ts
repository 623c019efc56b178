// One JSON line of a command's input: parsed and checked, or the error line to write in its place,
// so a bad line never stops the run. Error lines name the input line (1-based, blank lines counted)
// so a caller can find the bad input even though blank lines are skipped.
import type { z } from '../../utils/shared/zod';
import { describeIssues } from './issues';

/** One output line, and whether it reports a bad input. */
export interface LineOut {
  line: string;
  bad: boolean;
}

export type LineResult<T> = { ok: true; value: T } | { ok: false; errorLine: string } | null;

/** `{"line","id","error"}`: what the output holds in place of a bad input line. */
export function errorLine(lineNo: number, id: string | number | null, error: string): string {
  return JSON.stringify({ line: lineNo, id, error });
}

/** null for a blank line (skipped: it gets no output line, see docs/cli.md). */
export function readJsonLine<S extends z.ZodType>(
  line: string,
  schema: S,
  expected: string,
  lineNo: number,
): LineResult<z.output<S>> {
  if (!line.trim()) return null;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, errorLine: errorLine(lineNo, null, 'not JSON') };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const raw = (json as { id?: unknown } | null)?.id;
  const id = typeof raw === 'string' || typeof raw === 'number' ? raw : null;
  return { ok: false, errorLine: errorLine(lineNo, id, `expected ${expected} (${describeIssues(parsed.error)})`) };
}
