// The context stage of the troll verdict: overlap with the post, repeats on the page, who is
// @-targeted again, and what the same author wrote earlier in the thread. Each adds evidence per
// troll type and the cues that show it.
import { scoreAbuse, type AbuseModel } from './abuse';
import { findCues, type CueKind } from './cues';
import { CONTEXT_LABELS, contentWords, handles, memo, normAuthor, similar } from './verdict-text';
import type { Scene, ThreadComment } from './verdict';
import { W } from './verdict-weights';

const threadCues = memo(findCues);
// the insult score of an earlier comment, per model (tests load more than one)
const insultMemo = new WeakMap<AbuseModel, (text: string) => number>();
function insultOf(model: AbuseModel): (text: string) => number {
  let f = insultMemo.get(model);
  if (!f) {
    // the insult output never hears the word network: leave it out of these many calls
    const ngramOnly: AbuseModel = { ...model, cnn: undefined };
    insultMemo.set(model, (f = memo((text: string) => scoreAbuse(text, ngramOnly).insult)));
  }
  return f;
}

/** The thread split by author: the same author's earlier comments, and everyone else's. */
interface Thread {
  mine: Set<string>;
  earlier: ThreadComment[];
  others: ThreadComment[];
}

/** Adds the context's evidence to `sc` (in this order: the weights of earlier stages are rescaled). */
export function contextEvidence(
  sc: Scene,
  me: string,
  thread: ThreadComment[],
  post: string | undefined,
  model: AbuseModel,
): void {
  const mine = contentWords(sc.text, sc.folded.text);
  if (post !== undefined && post.trim()) postOverlap(sc, mine, post);
  const myHandles = handles(sc.text);
  const earlier: ThreadComment[] = [];
  const others: ThreadComment[] = [];
  for (const c of thread) (me && normAuthor(c.author) === me ? earlier : others).push(c);
  const t: Thread = { mine, earlier, others };
  if (mine.size >= 4) pageRepeats(sc, t);
  targeted(sc, t, myHandles);
  if (myHandles.size && sc.kinds.has('threat')) sc.ev.harasser.push(W.context.threatWithHandle);
  if (earlier.length) authorHistory(sc, earlier, model);
}

/** No content word shared with the post: off topic; some shared: less of a derailer. */
function postOverlap(sc: Scene, mine: Set<string>, post: string): void {
  const pw = contentWords(post);
  let inter = 0;
  for (const w of mine) if (pw.has(w)) inter++;
  if (mine.size >= 2 && pw.size >= 3 && inter === 0) {
    const digression = sc.kinds.has('digression') || sc.kinds.has('politics');
    sc.ev.derailer.push(digression ? W.context.offTopicDigression : W.context.offTopic);
    sc.extra.push({ start: 0, end: sc.text.length, kind: 'off_topic', label: CONTEXT_LABELS.off_topic! });
  } else if (inter > 0) {
    sc.ev.derailer = sc.ev.derailer.map((w) => w * W.context.onTopic);
  }
}

/** The same text again on the page: by its author (spam, sealioning) or by others (astroturfing). */
function pageRepeats(sc: Scene, { mine, earlier, others }: Thread): void {
  const astroturf = W.context.astroturf;
  const has = (k: CueKind) => sc.kinds.has(k);
  const sameBySelf = earlier.filter((c) => similar(mine, contentWords(c.text), 0.7)).length;
  const sameByOthers = new Set(
    others.filter((c) => similar(mine, contentWords(c.text), 0.6)).map((c) => normAuthor(c.author)),
  ).size;
  if (sameBySelf > 0 || sameByOthers > 0)
    sc.extra.push({ start: 0, end: sc.text.length, kind: 'repeat', label: CONTEXT_LABELS.repeat! });
  if (sameBySelf > 0) {
    if (sc.ev.sealion.length) sc.ev.sealion.push(W.context.repeatBySelf);
    else sc.ev.spammer.push(W.context.repeatBySelf);
  }
  if (sameByOthers > 0) {
    if (has('link') || has('phone') || has('promo') || has('money')) sc.ev.spammer.push(W.context.repeatSpam);
    else sc.ev.astroturfer.push(Math.min(astroturf.max, astroturf.base + astroturf.step * sameByOthers));
  }
}

/** Who is @-targeted, by the same author before and by others. */
function targeted(sc: Scene, { earlier, others }: Thread, myHandles: Set<string>): void {
  const harass = W.context.harass;
  for (const h of myHandles) {
    const byMe = earlier.filter((c) => handles(c.text).has(h)).length;
    const byOthers = new Set(others.filter((c) => handles(c.text).has(h)).map((c) => normAuthor(c.author))).size;
    if (byMe >= 1 || byOthers >= 2) {
      sc.ev.harasser.push(
        Math.min(harass.max, harass.byMe * byMe + harass.byOthers * byOthers) + (sc.abusive ? harass.abusive : 0),
      );
      for (const m of sc.text.matchAll(/@[\p{L}\p{N}_.]{2,}/gu)) {
        if (m[0].slice(1).toLowerCase() === h) {
          const label = CONTEXT_LABELS.mention!;
          sc.extra.push({ start: m.index!, end: m.index! + m[0].length, kind: 'mention', label });
        }
      }
    }
  }
}

/** What the same author wrote earlier confirms a type already in view. */
function authorHistory(sc: Scene, earlier: ThreadComment[], model: AbuseModel): void {
  const { ev } = sc;
  const past = earlier.map((c) => threadCues(c.text));
  const pastHas = (k: CueKind) => past.some((ms) => ms.some((m) => m.kind === k));
  let used = false;
  if (ev.sealion.length && (pastHas('demand') || earlier.some((c) => /\?/.test(c.text)))) {
    ev.sealion.push(W.context.history.sealion);
    used = true;
  }
  if (ev.spammer.length && (pastHas('link') || pastHas('promo') || pastHas('phone'))) {
    ev.spammer.push(W.context.history.spammer);
    used = true;
  }
  if (ev.derailer.length && pastHas('digression')) {
    ev.derailer.push(W.context.history.derailer);
    used = true;
  }
  if (ev.flamer.length && sc.abusive && earlier.some((c) => insultOf(model)(c.text) >= model.thresholds.insult)) {
    ev.flamer.push(W.context.history.flamer);
    used = true;
  }
  if (used) sc.extra.push({ start: 0, end: sc.text.length, kind: 'history', label: CONTEXT_LABELS.history! });
}
