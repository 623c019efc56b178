// Tone of voice: reply suggestions and the live checker, on cases written for this project before the
// code was tuned (the generator and its hand-written sentences are in tests/fixtures/tone-eval-src/).
//
// - tone-suggest-eval.jsonl: 128 items (64 comments, FR and EN, ordinary and troll, each answered with
//   two of the profiles in tone-profiles.json) → properties EVERY suggested reply must have: the item's
//   language, the profile's form of address, no banned word, no "not" word of "use X, not Y", the
//   signature (filled with the CM's name), the platform's length (X counted as X does), the emoji
//   policy, no unfilled variable; and per item: the playbook (no reply where it says not to reply,
//   the recommended action for a troll), three replies for an ordinary item. The properties are
//   checked here by code of their own, not by the checker the suggestions already pass.
// - tone-check-eval.jsonl: 230 drafts made of hand-written replies with known problems put in (a
//   banned or discouraged word, tu/vous, cold phrasing, emoji, capitals, no signature, too long),
//   labelled by construction; expected = the set of problem kinds in the draft. Precision and recall
//   per kind are counted per draft (is the kind reported or not).
// - *-dev.jsonl: the small DEV sets, with their own sentences and problem phrases, used for tuning;
//   reported beside the test sets so the gap is visible.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Evaluation } from '../../scripts/eval';
import type { Row } from '../../scripts/lib/report';
import type { Platform } from '../../utils/platforms/ids';
import { checkDraft, PROBLEM_KINDS, type ProblemKind } from '../../utils/tone/core/check';
import { toneProfileSchema, type ToneProfile } from '../../utils/tone/core/profile';
import { snippetInputSchema } from '../../utils/snippets/core/snippet';
import { suggest, type Snippet } from '../../utils/tone/core/suggest';
import { xLength } from '../../utils/tone/core/x-length';
import type { TrollTypeId } from '../../utils/trolls/core/typology';
import { count, prf, type Counts } from './metrics';

const ROOT = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(fixture(name), 'utf8')) as T;
const readJsonl = <T>(name: string): T[] =>
  readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function profiles(): Record<string, ToneProfile> {
  const raw = readJson<Record<string, unknown>>('tone-profiles.json');
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toneProfileSchema.parse(v)]));
}

// ---- suggestions ----

interface SuggestCase {
  id: string;
  profile: string;
  brand: string;
  agent?: string;
  link?: string;
  item: { text: string; platform: Platform; author?: string; lang: 'fr' | 'en'; troll: TrollTypeId | null };
  expect: { lang: 'fr' | 'en'; replies: 'reply' | 'none' };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
const hasWord = (text: string, term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${fold(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u').test(
    fold(text),
  );

const FR_WORDS =
  /(?<![\p{L}])(?:le|la|les|des|du|est|une|et|nous|vous|pour|sur|avec|votre|ton|merci|bonjour|dans|que|qui|pas)(?![\p{L}])/gu;
const EN_WORDS =
  /(?<![\p{L}])(?:the|is|are|and|you|your|to|of|it|this|we|with|for|thanks|thank|hi|hello|in|that|not)(?![\p{L}])/gu;
function languageOf(text: string): 'fr' | 'en' {
  const t = fold(text);
  return (t.match(FR_WORDS)?.length ?? 0) >= (t.match(EN_WORDS)?.length ?? 0) ? 'fr' : 'en';
}
const TU = /(?<![\p{L}'’-])(?:tu|te|toi|ton|ta|tes)(?![\p{L}])|(?<![\p{L}])t['’](?=\p{L})|-(?:tu|toi)(?![\p{L}])/u;
const VOUS = /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/u;
const EMOJI = /\p{Extended_Pictographic}/gu;

type Property = 'lang' | 'address' | 'banned' | 'preferred' | 'signature' | 'length' | 'emoji' | 'variables';
const PROPERTIES: Property[] = ['lang', 'address', 'banned', 'preferred', 'signature', 'length', 'emoji', 'variables'];

function failedProperties(text: string, c: SuggestCase, p: ToneProfile): Property[] {
  const failed: Property[] = [];
  const signature = p.signature.trim().replace(/\{agent\}/g, c.agent ?? '');
  const body = signature && text.endsWith(`\n${signature}`) ? text.slice(0, -signature.length - 1) : text;
  if (languageOf(body) !== c.expect.lang) failed.push('lang');
  if (c.expect.lang === 'fr' && p.address === 'vous' && TU.test(body)) failed.push('address');
  if (c.expect.lang === 'fr' && p.address === 'tu' && VOUS.test(body)) failed.push('address');
  if (p.banned.some((w) => hasWord(body, w))) failed.push('banned');
  if (p.preferred.some((x) => x.not.some((w) => hasWord(body, w)))) failed.push('preferred');
  if (signature && !text.endsWith(`\n${signature}`)) failed.push('signature');
  const max = p.maxLength[c.item.platform];
  if (max !== undefined && (c.item.platform === 'x' ? xLength(text) : [...text].length) > max) failed.push('length');
  const emoji = text.match(EMOJI) ?? [];
  const allowed = new Set(p.emojiAllowed.map((e) => e.replace(/\uFE0F/g, '')));
  if (p.emoji === 'none' && emoji.length > 0) failed.push('emoji');
  else if (
    p.emoji === 'sparing' &&
    (emoji.length > p.emojiMax || (allowed.size > 0 && emoji.some((e) => !allowed.has(e))))
  )
    failed.push('emoji');
  if (/[{}]|\[\[|\]\]/u.test(text)) failed.push('variables');
  return failed;
}

function suggestRows(set: string, file: string): Row[] {
  const all = profiles();
  const brands =
    readJson<Record<string, { name: string; aliases?: string[]; products?: string[] }>>('tone-brands.json');
  const snippets: Snippet[] = readJson<unknown[]>('tone-snippets.json').map((s) => {
    const parsed = snippetInputSchema.parse(s);
    return { ...parsed, id: parsed.id ?? parsed.name };
  });
  const cases = readJsonl<SuggestCase>(file);
  let replies = 0;
  let good = 0;
  let playbookOk = 0;
  const failures = Object.fromEntries(PROPERTIES.map((k) => [k, 0])) as Record<Property, number>;
  const examples: string[] = [];
  for (const c of cases) {
    const p = all[c.profile]!;
    const r = suggest(c.item, p, snippets, { agent: c.agent, link: c.link, brand: brands[c.brand] });
    const ordinary = c.item.troll === null;
    const playbook =
      c.expect.replies === 'none'
        ? r.replies.length === 0 && r.action !== null
        : r.replies.length >= 1 &&
          (ordinary ? r.replies.length === 3 && r.action === null : r.action?.type === c.item.troll);
    if (playbook) playbookOk++;
    else if (examples.length < 5) examples.push(`${c.id}: playbook/count (${r.replies.length} replies)`);
    for (const reply of r.replies) {
      replies++;
      const failed = failedProperties(reply.text, c, p);
      for (const f of failed) failures[f]++;
      if (failed.length === 0) good++;
      else if (examples.length < 5) examples.push(`${c.id}: ${failed.join(',')}: ${JSON.stringify(reply.text)}`);
    }
  }
  if (examples.length > 0 && (set === 'test' || process.env.TONE_DEV))
    console.log(`tone suggestions, first failures:\n  ${examples.join('\n  ')}`);
  return [
    { set, measure: 'replies meeting every property', n: replies, share: replies === 0 ? 0 : good / replies },
    { set, measure: 'items: playbook and count respected', n: cases.length, share: playbookOk / cases.length },
    ...PROPERTIES.map((k) => ({
      set,
      measure: `replies failing: ${k}`,
      n: failures[k],
      share: replies === 0 ? 0 : failures[k] / replies,
    })),
  ];
}

// ---- checker ----

interface Draft {
  id: string;
  profile: string;
  platform: Platform;
  lang: 'fr' | 'en';
  text: string;
  agent?: string;
  expected: ProblemKind[];
}

function checkRows(set: string, file: string): Row[] {
  const all = profiles();
  const drafts = readJsonl<Draft>(file);
  const predicted = drafts.map(
    (d) =>
      new Set(
        checkDraft(d.text, all[d.profile]!, { platform: d.platform, lang: d.lang, agent: d.agent }).map((p) => p.kind),
      ),
  );
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const rows: Row[] = [];
  const misses: string[] = [];
  const limit = process.env.TONE_DEV ? 40 : 8;
  for (const kind of PROBLEM_KINDS) {
    const c = count(
      drafts.map((d, i) => ({ expected: d.expected.includes(kind), predicted: predicted[i]!.has(kind) })),
    );
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) total[k] += c[k];
    const m = prf(c);
    rows.push({
      set,
      measure: `checker ${kind}`,
      n: c.tp + c.fn,
      precision: m.precision,
      recall: m.recall,
      fp: c.fp,
      fn: c.fn,
    });
    drafts.forEach((d, i) => {
      const e = d.expected.includes(kind);
      if (e !== predicted[i]!.has(kind) && misses.length < limit)
        misses.push(`${d.id} ${e ? 'missed' : 'extra'} ${kind}: ${JSON.stringify(d.text)}`);
    });
  }
  const m = prf(total);
  rows.push({
    set,
    measure: 'checker all kinds (micro)',
    n: drafts.length,
    precision: m.precision,
    recall: m.recall,
    fp: total.fp,
    fn: total.fn,
  });
  if (misses.length > 0 && (set === 'test' || process.env.TONE_DEV))
    console.log(`tone checker, first errors:\n  ${misses.join('\n  ')}`);
  return rows;
}

export const evaluations: Evaluation[] = [
  {
    name: 'tone suggestions (share of replies with every property)',
    run: () => [...suggestRows('test', 'tone-suggest-eval.jsonl'), ...suggestRows('dev', 'tone-suggest-dev.jsonl')],
  },
  {
    name: 'tone checker (per draft and kind)',
    run: () => [...checkRows('test', 'tone-check-eval.jsonl'), ...checkRows('dev', 'tone-check-dev.jsonl')],
  },
];
