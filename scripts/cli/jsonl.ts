// One JSON line of a command's input: parsed and checked, or the error line to write in its place,
// so a bad line never stops the run.
import type { z } from '../../utils/shared/zod';

export type LineResult<T> = { ok: true; value: T } | { ok: false; errorLine: string } | null;

export function readJsonLine<S extends z.ZodType>(line: string, schema: S, expected: string): LineResult<z.output<S>> {
  if (!line.trim()) return null;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, errorLine: JSON.stringify({ id: null, error: 'not JSON' }) };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const raw = (json as { id?: unknown } | null)?.id;
  const id = typeof raw === 'string' || typeof raw === 'number' ? raw : null;
  const where = parsed.error.issues.map((x) => x.path.join('.') || '(root)').join(', ');
  return { ok: false, errorLine: JSON.stringify({ id, error: `expected ${expected} (${where})` }) };
}
