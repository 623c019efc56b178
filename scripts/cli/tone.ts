// `tact suggest` and `tact check`: the brand's tone of voice on the command line, with the code the
// extension runs (utils/tone/core). suggest: JSON lines {"id","text","platform","author"?} in, one
// {"id","action","replies":[{"text","snippet"}]} out per line, `action` being the troll playbook's
// advice for the classifier's verdict (null for an ordinary comment); a line with `"firstTime": true`
// (the author's first message in the brand community) also gets `"welcome":[{"text","snippet"}]`.
// With `--charter <file>` (a charter file exported from the options), a line judged a troll also gets
// `"charter":{"clause":{"id","n","title","text"}|null,"replies":[{"text","snippet"}]}`: the clause of
// the charter its troll type breaks and the replies citing it (none when no clause covers the type).
// check: {"id","text","platform"} in, {"id","issues":[{"kind","start","end","fix"}]} out. A bad line
// gets a {"line","id","error"} line and the run goes on; the caller exits non-zero at the end when
// there was one.
import { readFileSync } from 'node:fs';
import { z } from '../../utils/shared/zod';
import { brandInputSchema, LANGUAGES } from '../../utils/mentions/core/brand';
import { INTENTS } from '../../utils/mentions/core/intent';
import { PLATFORMS } from '../../utils/platforms/ids';
import { checkDraft } from '../../utils/tone/core/check';
import { toneProfileSchema, type ToneProfile } from '../../utils/tone/core/profile';
import { snippetInputSchema, type SnippetKind } from '../../utils/snippets/core/snippet';
import { suggest, type Snippet, type SuggestBrand } from '../../utils/tone/core/suggest';
import type { AbuseModel } from '../../utils/trolls/core/abuse';
import { classifyComment } from '../../utils/trolls/core/verdict';
import { analyseMention } from '../../utils/mentions/core/analyse';
import { careReplies } from '../../utils/care/core/care-replies';
import { isWelcomeCandidate } from '../../utils/care/core/newcomer';
import { topicOf } from '../../utils/care/core/topic';
import { firstNameOf } from '../../utils/tone/core/suggest';
import type { Charter } from '../../utils/care/core/charter';
import { clauseFor } from '../../utils/care/core/charter-clause';
import { charterFileMessage, importCharterJson } from '../../utils/care/core/charter-file';
import { describeIssues } from './issues';
import { readJsonLine, type LineOut } from './jsonl';

const MAX = 100_000;
const id = z.union([z.string(), z.number()]);
const platform = z.enum(PLATFORMS);
const suggestLineSchema = z.object({
  id,
  text: z.string().max(MAX),
  platform,
  author: z.string().max(1000).nullable().optional(),
  lang: z.enum(LANGUAGES).optional(),
  intent: z.enum(INTENTS).optional(),
  /** The author's first message in the brand community: the line also gets `welcome` replies. */
  firstTime: z.boolean().optional(),
});
const checkLineSchema = z.object({ id, text: z.string().max(MAX), platform, lang: z.enum(LANGUAGES).optional() });

function readJson(file: string, what: string): unknown {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read ${what} file ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new Error(`${what[0]!.toUpperCase()}${what.slice(1)} file ${file} is not JSON: ${(e as Error).message}`);
  }
}

/** Fields only a brand file has: a brand passed as --profile must be refused, not read as an empty tone. */
const BRAND_ONLY = Object.keys(brandInputSchema.shape).filter((k) => k !== 'id' && !(k in toneProfileSchema.shape));

export function loadToneProfile(file: string): ToneProfile {
  const raw = readJson(file, 'tone profile');
  const brandKeys = raw && typeof raw === 'object' ? BRAND_ONLY.filter((k) => Object.hasOwn(raw, k)) : [];
  if (Array.isArray(raw) || brandKeys.length > 0) {
    const why = Array.isArray(raw) ? 'it holds a list' : `it has ${brandKeys.map((k) => `"${k}"`).join(', ')}`;
    throw new Error(`${file} looks like a brand file (${why}): --profile expects a tone profile (one JSON object)`);
  }
  const parsed = toneProfileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid tone profile in ${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** A snippet as the CLI reads it: its kind says whether it is a reply, a welcome or a thanks. */
export type CliSnippet = Snippet & { kind?: SnippetKind };

/** A JSON array of snippets (or `{"snippets":[…]}`); ids default to their names. */
export function loadSnippets(file: string): CliSnippet[] {
  const raw = readJson(file, 'snippets');
  const list = Array.isArray(raw) ? raw : (raw as { snippets?: unknown } | null)?.snippets;
  if (!Array.isArray(list)) throw new Error(`Snippets file ${file} must hold an array of snippets`);
  return list.map((s, i) => {
    const parsed = snippetInputSchema.safeParse(s);
    if (!parsed.success) throw new Error(`Invalid snippet #${i + 1} in ${file}: ${describeIssues(parsed.error)}`);
    return { ...parsed.data, id: parsed.data.id ?? parsed.data.name };
  });
}

/** A charter file (the options' JSON export); a bad one is refused with what is wrong with it. */
export function loadCharter(file: string): Charter {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read charter file ${file}: ${(e as Error).message}`);
  }
  const read = importCharterJson(content);
  if (!read.ok) throw new Error(`Charter file ${file} refused: ${charterFileMessage(read.error, 'en')}`);
  return read.charter;
}

export interface SuggestRun {
  profile: ToneProfile;
  /** The brand's charter (--charter): a troll's line also gets the reply citing the clause it breaks. */
  charter?: Charter;
  model: AbuseModel;
  brand?: SuggestBrand;
  snippets?: CliSnippet[];
  agent?: string;
  link?: string;
}

export function suggestLine(line: string, lineNo: number, run: SuggestRun): LineOut | null {
  const read = readJsonLine(line, suggestLineSchema, '{"id","text","platform","author"?}', lineNo);
  if (!read) return null;
  if (!read.ok) return { line: read.errorLine, bad: true };
  const { id, text, platform, author, lang, intent, firstTime } = read.value;
  const verdict = classifyComment({ text, author: author ?? undefined, lang }, run.model);
  const opts = { agent: run.agent, link: run.link, brand: run.brand };
  const snippets = run.snippets ?? [];
  const result = suggest(
    { text, platform, author, lang, intent, troll: verdict.type },
    run.profile,
    // Welcome and thanks snippets are for community care's replies only, as in the extension.
    snippets.filter((s) => (s.kind ?? 'reply') === 'reply'),
    opts,
  );
  const out: Record<string, unknown> = { id, action: result.action, replies: result.replies };
  // A newcomer's first message: a welcome in the brand's tone (none for a spammer or a troll).
  if (firstTime) out.welcome = isWelcomeCandidate(verdict.type) ? welcomeFor(text, platform, author, lang, run) : [];
  // A troll (never the unhappy customer) and a charter: the clause it breaks and the replies citing it.
  if (run.charter && verdict.type && verdict.type !== 'unhappy_customer')
    out.charter = charterFor(text, platform, author, lang, verdict.type, run);
  return { line: JSON.stringify(out), bad: false };
}

function welcomeFor(
  text: string,
  platform: (typeof PLATFORMS)[number],
  author: string | null | undefined,
  lang: 'fr' | 'en' | undefined,
  run: SuggestRun,
) {
  const replyLang = lang ?? analyseMention(text, { now: 0 }).lang;
  return careReplies({
    purpose: 'welcome',
    item: { text, platform, author, lang: replyLang, ...(run.brand ? { brand: run.brand.name } : {}) },
    lang: replyLang,
    profile: run.profile,
    snippets: (run.snippets ?? []).map((s) => ({ ...s, kind: s.kind ?? 'reply' })),
    holdingStatements: [],
    clause: null,
    standing: null,
    topic: topicOf(text, replyLang, run.brand?.products),
    firstName: firstNameOf(author),
    avoid: [],
    opts: { agent: run.agent, link: run.link, brand: run.brand },
  });
}

function charterFor(
  text: string,
  platform: (typeof PLATFORMS)[number],
  author: string | null | undefined,
  lang: 'fr' | 'en' | undefined,
  type: NonNullable<ReturnType<typeof classifyComment>['type']>,
  run: SuggestRun,
) {
  const replyLang = lang ?? analyseMention(text, { now: 0 }).lang;
  const clause = clauseFor(run.charter!, type, replyLang);
  const replies = clause
    ? careReplies({
        purpose: 'charter',
        item: { text, platform, author, lang: replyLang, troll: type, ...(run.brand ? { brand: run.brand.name } : {}) },
        lang: replyLang,
        profile: run.profile,
        snippets: [],
        holdingStatements: [],
        clause,
        standing: null,
        topic: undefined,
        firstName: firstNameOf(author),
        avoid: [],
        opts: { agent: run.agent, link: run.link, brand: run.brand },
      })
    : [];
  return { clause, replies };
}

export function checkLine(line: string, lineNo: number, profile: ToneProfile, agent?: string): LineOut | null {
  const read = readJsonLine(line, checkLineSchema, '{"id","text","platform"}', lineNo);
  if (!read) return null;
  if (!read.ok) return { line: read.errorLine, bad: true };
  const { id, text, platform, lang } = read.value;
  const issues = checkDraft(text, profile, { platform, lang, agent }).map((p) => ({
    kind: p.kind,
    start: p.start,
    end: p.end,
    fix: p.fix ? { start: p.fix.start, end: p.fix.end, text: p.fix.text } : null,
  }));
  return { line: JSON.stringify({ id, issues }), bad: false };
}
