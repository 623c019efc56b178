// `tact mentions --brand <brand.json>`: JSON lines {"id","text"} in (optionally "followers" and
// "postedAt", ms or ISO date, for the priority, and "author"), one line {"id","own","mentions","intent",
// "sentiment","priority"} out per input, with the same code the extension uses. A line whose author is
// one of the brand's own accounts (its handles and ownAccounts) is "own": true, with "brand" set and no
// intent to handle (intent null, priority 0). A bad line gets a {"line","id","error"} line, never a crash.
import { readFileSync } from 'node:fs';
import { z } from '../../utils/shared/zod';
import { brandInputSchema, type Brand } from '../../utils/mentions/core/brand';
import { analyseMention } from '../../utils/mentions/core/analyse';
import { describeIssues } from './issues';
import { readJsonLine, type LineOut } from './jsonl';
import { authorSchema, ownBrand } from './own-author';

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().max(100_000),
  followers: z.number().nonnegative().optional(),
  postedAt: z.union([z.number(), z.string()]).optional(),
  author: authorSchema.optional(),
});

/** Reads one brand object or an array of them, and gives each a stable id. */
export function loadBrands(file: string): Brand[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read brand file ${file}: ${(e as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((b, i) => {
    const parsed = brandInputSchema.safeParse(b);
    if (!parsed.success) throw new Error(`Invalid brand #${i + 1} in ${file}: ${describeIssues(parsed.error)}`);
    return { ...parsed.data, id: parsed.data.id ?? parsed.data.name, createdAt: 0, updatedAt: 0 };
  });
}

export function mentionsLine(line: string, lineNo: number, brands: Brand[], now = Date.now()): LineOut | null {
  const read = readJsonLine(line, lineSchema, '{"id","text"}', lineNo);
  if (!read) return null;
  if (!read.ok) return { line: read.errorLine, bad: true };
  const { id, text, followers, postedAt, author } = read.value;
  const since = typeof postedAt === 'string' ? Date.parse(postedAt) : postedAt;
  const a = analyseMention(text, { brands, followers, since: Number.isFinite(since) ? since : undefined, now });
  const mentions = a.mentions.map((m) => ({ brand: m.brandName, term: m.term, start: m.start, end: m.end }));
  const own = ownBrand(author, brands);
  if (own !== null) {
    const line = { id, own: true, brand: own, mentions, intent: null, sentiment: a.sentiment, priority: 0 };
    return { line: JSON.stringify(line), bad: false };
  }
  return {
    line: JSON.stringify({ id, own: false, mentions, intent: a.intent, sentiment: a.sentiment, priority: a.priority }),
    bad: false,
  };
}
