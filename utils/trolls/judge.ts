// Troll verdicts for a batch of items a page showed: each comment is classified against the post,
// the rest of the batch (the visible thread) and what its author wrote before that Tact kept, at
// the user's sensitivity; stored, and answered as what the page should flag and what the author
// chip should say.
import { classifyComment, type ThreadComment, type Verdict as TrollResult } from './core/verdict';
import type { AbuseModel } from './core/abuse';
import { trollThreshold, type TrollSensitivity } from './core/sensitivity';
import type { Item } from '../platforms/item';
import { authorKeyOf, type AuthorMemory, type TrollVerdict } from './core/author';
import { recordTrollVerdicts, type Review } from './repo';
import type { TactDB } from '../db/schema';

/** How many comments around each one are its visible thread. */
const THREAD_MAX = 40;
/** The most cues sent for one comment (the protocol's bound). */
const CUES_MAX = 60;

export interface Judged {
  troll: TrollVerdict | null;
  author: AuthorMemory | null;
}

export async function judgeBatch(
  db: TactDB,
  items: readonly Item[],
  keys: readonly string[],
  sensitivity: TrollSensitivity,
  model: AbuseModel,
  now = Date.now(),
  /** Items not to judge (written by the brand's own accounts): no verdict, no author memory. */
  skip: readonly boolean[] = [],
): Promise<Judged[]> {
  const threshold = trollThreshold(sensitivity);
  const authorKeys = items.map((item) => authorKeyOf(item));
  const known = await db.authors.bulkGet(authorKeys.map((k) => k ?? ''));
  const batchTexts = new Set(items.map((i) => i.text));
  const post = items.find((i) => i.kind === 'post')?.text;
  const judged = items.flatMap((_, i) => (skip[i] ? [] : [i]));
  const verdicts = judged.map((i) => {
    const item = items[i]!;
    const me = authorKeys[i] ?? '';
    // Earlier texts of the same author Tact kept, oldest first, then the visible thread.
    const earlier: ThreadComment[] = (known[i]?.recent ?? [])
      .filter((t) => !batchTexts.has(t))
      .map((text) => ({ author: me, text }));
    // The comments around it in the batch, up to THREAD_MAX: each one costs a comparison, and a
    // batch holds up to 100 items.
    const from = Math.max(0, Math.min(i - THREAD_MAX / 2, items.length - 1 - THREAD_MAX));
    const thread: ThreadComment[] = [];
    for (let j = from; j < items.length && thread.length < THREAD_MAX; j++) {
      if (j !== i) thread.push({ author: authorKeys[j] ?? '', text: items[j]!.text });
    }
    const context = { post: item.kind === 'post' ? undefined : item.rootText || post, thread: [...earlier, ...thread] };
    return classifyComment({ text: item.text, author: me || undefined, context }, model, { threshold });
  });
  const stored = await recordTrollVerdicts(
    db,
    judged.map((i, j) => ({
      itemKey: keys[i]!,
      authorKey: authorKeys[i] ?? null,
      text: items[i]!.text,
      verdict: verdicts[j]!,
    })),
    now,
  );
  const out: Judged[] = items.map(() => ({ troll: null, author: null }));
  stored.forEach(({ review, verdict: v, author }, j) => {
    const i = judged[j]!;
    out[i] = judgedOf(items[i]!, review, v, author);
  });
  return out;
}

function judgedOf(item: Item, review: Review, v: TrollResult, author: AuthorMemory | null): Judged {
  const flagged = v.type !== null && review !== 'dismissed' && item.text.trim() !== '';
  return {
    troll: flagged
      ? {
          type: v.type!,
          confidence: v.confidence,
          // Bounded as the protocol says: a very long comment must not make the whole batch's answer invalid.
          cues: v.cues.slice(0, CUES_MAX).map(({ start, end, label }) => ({ start, end, label: label.slice(0, 200) })),
          action: v.action,
          review: review === 'confirmed' ? 'confirmed' : 'none',
        }
      : null,
    author,
  };
}
