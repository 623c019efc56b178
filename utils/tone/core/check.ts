// The live tone check: what in the CM's draft goes against the brand's tone of voice, each problem
// with its span in the draft (UTF-16, end exclusive), a message in French and English and, where a
// safe one exists, a one-click fix (an edit of the draft). Pure, deterministic, fast enough to run on
// every keystroke.
import { fold } from '../../text/fold';
import { platformName, type Platform } from '../../platforms/descriptor-data';
import type { ToneProfile } from './profile';
import { findEmoji, findUrls } from './x-length';
import { overflowAt, replyLength } from './reply-length';
import { COLD_REASONS, findCold, type ColdHit } from './negative';
import { signatureStart } from './signature-span';

export const PROBLEM_KINDS = [
  'banned_word',
  'address_form',
  'too_long',
  'missing_signature',
  'emoji',
  'shouting',
  'negative_tone',
  'preferred_word',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface Message {
  fr: string;
  en: string;
}

/** Replace draft[start, end) by `text` (an insertion when start === end, a deletion when text is ''). */
export interface Fix {
  start: number;
  end: number;
  text: string;
  label: Message;
}

export interface Problem {
  kind: ProblemKind;
  start: number;
  end: number;
  message: Message;
  fix?: Fix;
}

export interface CheckOptions {
  platform: Platform;
  /** The reply's language; the profile's main language when absent. */
  lang?: 'fr' | 'en';
  /** Whether the reply answers a customer (default true): cold or negative phrasing is flagged. */
  customer?: boolean;
  /** The CM's name or initials, to fill `{agent}` in the signature fix. */
  agent?: string;
}

/** Applies one fix to the draft. */
export function applyFix(draft: string, fix: Pick<Fix, 'start' | 'end' | 'text'>): string {
  return draft.slice(0, fix.start) + fix.text + draft.slice(fix.end);
}

/** Fills a signature template: `{agent}` → the CM's name. */
export function fillSignature(template: string, agent: string): string {
  return template.replace(/\{agent\}/g, agent);
}

export function checkDraft(draft: string, profile: ToneProfile, opts: CheckOptions): Problem[] {
  if (draft.trim() === '') return [];
  const lang = opts.lang ?? profile.language;
  const customer = opts.customer ?? true;
  const folded = fold(draft);
  const signature = profile.signature.trim();
  const signed = signature === '' ? null : signatureSpan(draft, folded, signature);
  // URLs and the brand's own signature are not the CM's wording.
  const protectedSpans = signed ? [...findUrls(draft), signed] : findUrls(draft);
  const d: Draft = { draft, folded, protectedSpans, bannedSpans: [] };
  const out: Problem[] = bannedProblems(d, profile.banned);
  out.push(...preferredProblems(d, profile.preferred));
  if (customer) out.push(...coldProblems(d));
  // French form of address.
  if (lang === 'fr')
    out.push(...checkAddress(draft, folded, profile.address).filter((p) => !overlaps(p, protectedSpans)));
  out.push(...checkEmoji(draft, profile));
  out.push(...checkShouting(draft, protectedSpans));
  if (signature !== '' && !signed) out.push(missingSignature(draft, signature, opts.agent));
  out.push(...lengthProblems(draft, profile, opts));
  return out.sort(
    (a, b) => a.start - b.start || a.end - b.end || PROBLEM_KINDS.indexOf(a.kind) - PROBLEM_KINDS.indexOf(b.kind),
  );
}

type Span = { start: number; end: number };

/** The draft as the checks read it, and the spans they must leave alone. */
interface Draft {
  draft: string;
  folded: { text: string; origin: number[] };
  protectedSpans: Span[];
  /** Filled by bannedProblems: a banned word is not also flagged as a preferred or cold one. */
  bannedSpans: Span[];
}

/** Banned words and phrases. */
function bannedProblems(d: Draft, banned: readonly string[]): Problem[] {
  const { draft } = d;
  const out: Problem[] = [];
  for (const term of banned) {
    for (const span of findTerm(draft, d.folded, term, d.protectedSpans)) {
      d.bannedSpans.push(span);
      out.push({
        kind: 'banned_word',
        ...span,
        message: {
          fr: `« ${draft.slice(span.start, span.end)} » est banni par le ton de la marque.`,
          en: `“${draft.slice(span.start, span.end)}” is banned by the brand's tone of voice.`,
        },
        fix: deletionFix(draft, span),
      });
    }
  }
  return out;
}

/** Preferred words: use X, not Y. */
function preferredProblems(d: Draft, preferred: ToneProfile['preferred']): Problem[] {
  const out: Problem[] = [];
  for (const pref of preferred) {
    for (const not of pref.not) {
      for (const span of findTerm(d.draft, d.folded, not, d.protectedSpans)) {
        if (overlaps(span, d.bannedSpans)) continue;
        const found = d.draft.slice(span.start, span.end);
        const text = matchCase(found, pref.use);
        out.push({
          kind: 'preferred_word',
          ...span,
          message: { fr: `Préférez « ${pref.use} » à « ${found} ».`, en: `Use “${pref.use}”, not “${found}”.` },
          fix: { ...span, text, label: { fr: `Remplacer par « ${text} »`, en: `Replace with “${text}”` } },
        });
      }
    }
  }
  return out;
}

/** Cold or negative tone towards a customer. */
function coldProblems(d: Draft): Problem[] {
  const { draft } = d;
  const out: Problem[] = [];
  for (const hit of findCold(d.folded.text)) {
    const span = originalSpan(draft, d.folded.origin, hit.start, hit.end);
    if (overlaps(span, d.bannedSpans) || overlaps(span, d.protectedSpans)) continue;
    const found = draft.slice(span.start, span.end);
    const reason = COLD_REASONS[hit.reason];
    out.push({
      kind: 'negative_tone',
      ...span,
      message: {
        fr: `« ${found} » ${reason.fr} : le ton est froid pour un client.`,
        en: `“${found}” ${reason.en}: a cold tone for a customer.`,
      },
      fix: coldFix(draft, span, hit),
    });
  }
  return out;
}

/** The brand's signature is missing: fixed by adding it, when its `{agent}` can be filled. */
function missingSignature(draft: string, signature: string, agent: string | undefined): Problem {
  const end = draft.trimEnd().length;
  const canFill = !signature.includes('{agent}') || (agent !== undefined && agent.trim() !== '');
  const filled = fillSignature(signature, agent?.trim() ?? '');
  return {
    kind: 'missing_signature',
    start: end,
    end,
    message: { fr: `Signature manquante : « ${signature} ».`, en: `Missing signature: “${signature}”.` },
    fix: canFill
      ? {
          start: end,
          end: draft.length,
          text: `\n${filled}`,
          label: { fr: 'Ajouter la signature', en: 'Add the signature' },
        }
      : undefined,
  };
}

/** Length for the platform (after the signature would be added, the CM sees it as it stands). */
function lengthProblems(draft: string, profile: ToneProfile, opts: CheckOptions): Problem[] {
  const out: Problem[] = [];
  const max = profile.maxLength[opts.platform];
  if (max !== undefined) {
    const length = replyLength(opts.platform, draft);
    if (length > max) {
      const start = overflowAt(opts.platform, draft, max);
      out.push({
        kind: 'too_long',
        start,
        end: draft.length,
        message: {
          fr: `Trop long pour ${platformName(opts.platform)} : ${length} caractères sur ${max}.`,
          en: `Too long for ${platformName(opts.platform)}: ${length} characters of ${max}.`,
        },
      });
    }
  }
  return out;
}

/** The one-click fix of a cold phrase: a warmer wording, or its removal (a lead-in only before a comma or colon). */
function coldFix(draft: string, span: { start: number; end: number }, hit: ColdHit): Fix | undefined {
  if (hit.fix === null) return undefined;
  if (hit.fix === '')
    return hit.lead && !/^\s*[,:]/u.test(draft.slice(span.end)) ? undefined : deletionFix(draft, span);
  const text = matchCase(draft.slice(span.start, span.end), hit.fix);
  return { ...span, text, label: { fr: `Remplacer par « ${hit.fix} »`, en: `Replace with “${hit.fix}”` } };
}

const WORD = /[\p{L}\p{N}_]/u;

/** Every occurrence of `term` in the draft (accent- and case-insensitive, whole words), in original offsets. */
function findTerm(
  draft: string,
  folded: { text: string; origin: number[] },
  term: string,
  skip: readonly { start: number; end: number }[],
) {
  const out: { start: number; end: number }[] = [];
  const re = termPattern(term);
  if (!re) return out;
  for (const m of folded.text.matchAll(re)) {
    const span = originalSpan(draft, folded.origin, m.index, m.index + m[0].length);
    if (!overlaps(span, skip)) out.push(span);
  }
  return out;
}

// The check runs on every keystroke with the same profile: each term's pattern is built once.
const patterns = new Map<string, RegExp | null>();
function termPattern(term: string): RegExp | null {
  let re = patterns.get(term);
  if (re !== undefined) return re;
  const key = trimSeparators(fold(term.trim()).text.replace(/\s+/g, ' '));
  if (key === '') re = null;
  else {
    // One unambiguous piece per run of spaces and hyphens, so the pattern is linear whatever the term:
    // "e-mail" also matches "email" and "e mail"; per-hyphen optional pieces next to `\s+` made a term
    // like "- - - -" backtrack exponentially on a run of spaces (issue #13).
    const pattern = key
      .split(/([\s-]+)/u)
      .map((w, i) => (i % 2 === 0 ? w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : separator(w)))
      .join('');
    const before = WORD.test(key[0]!) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = WORD.test(key[key.length - 1]!) ? '(?![\\p{L}\\p{N}_])' : '';
    re = new RegExp(before + pattern + after, 'gu');
  }
  if (patterns.size >= 2000) patterns.clear();
  patterns.set(term, re);
  return re;
}

/** The term without leading or trailing spaces and hyphens (an unanchored leading `[-\s]+` is quadratic). */
function trimSeparators(key: string): string {
  let i = 0;
  let j = key.length;
  while (i < j && (key[i] === ' ' || key[i] === '-')) i++;
  while (j > i && (key[j - 1] === ' ' || key[j - 1] === '-')) j--;
  return key.slice(i, j);
}

/** A run of spaces and hyphens in a term: spaces need white space, hyphens alone may also be a space or nothing. */
function separator(run: string): string {
  if (!run.includes('-')) return '\\s+';
  if (!/\s/u.test(run)) return '(?:-+|\\s)?';
  return '[-\\s]+';
}

function originalSpan(draft: string, origin: number[], from: number, to: number) {
  const start = origin[from]!;
  const last = origin[to - 1]!;
  let end = last + ((draft.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  while (end < draft.length && /\p{M}/u.test(draft[end]!)) end++;
  return { start, end };
}

function overlaps(span: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => span.start < s.end && s.start < span.end);
}

/** Keeps the found word's capitalisation: "Soucis" → "Problème", "SOUCIS" → "PROBLÈME". */
function matchCase(found: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (letters[0] && letters[0] !== letters[0].toLowerCase())
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Deletes a word with its trailing punctuation and space, recapitalising a sentence it started. */
function deletionFix(draft: string, span: { start: number; end: number }): Fix {
  let end = span.end;
  const rest = /^[,;:]?[ \t]*/u.exec(draft.slice(end))![0];
  end += rest.length;
  let start = span.start;
  const sentenceStart = startsSentence(draft, start);
  if (end === draft.length || /^[.!?…]/u.test(draft.slice(end))) {
    // At the end of a sentence: drop the space before instead.
    while (start > 0 && /[ \t]/.test(draft[start - 1]!)) start--;
    if (start > 0 && /[,;:]/.test(draft[start - 1]!)) start--;
    while (start > 0 && /[ \t]/.test(draft[start - 1]!)) start--;
    return { start, end: span.end + (/^[,;:]/.test(draft.slice(span.end)) ? 1 : 0), text: '', label: DELETE };
  }
  if (sentenceStart) {
    const next = draft[end];
    if (next && next !== next.toUpperCase()) return { start, end: end + 1, text: next.toUpperCase(), label: DELETE };
  }
  return { start, end, text: '', label: DELETE };
}

/**
 * Whether `at` starts a sentence: the draft's start, after a line break, or after an end mark and white
 * space. A backward scan: a regex anchored at the end of each prefix was quadratic over many fixes.
 */
function startsSentence(draft: string, at: number): boolean {
  if (at === 0) return true;
  let i = at;
  let line = false;
  while (i > 0 && /\s/u.test(draft[i - 1]!)) if (draft[--i] === '\n') line = true;
  return line || (i < at && i > 0 && '.!?…'.includes(draft[i - 1]!));
}
const DELETE: Message = { fr: 'Supprimer', en: 'Remove' };

// ---- tu / vous ----

type Form = 'tu' | 'vous';
interface AddressHit {
  start: number;
  end: number;
  form: Form;
  /** The vous form for a tu hit, when the swap is safe. */
  toVous?: string;
}

// Verb pairs for "tu X" / "X-tu" → vous.
const VERBS: Record<string, string> = {
  as: 'avez',
  es: 'êtes',
  peux: 'pouvez',
  veux: 'voulez',
  dois: 'devez',
  sais: 'savez',
  vas: 'allez',
  fais: 'faites',
  vois: 'voyez',
  prends: 'prenez',
  viens: 'venez',
  mets: 'mettez',
  dis: 'dites',
  ecris: 'écrivez',
  recois: 'recevez',
  aurais: 'auriez',
  pourrais: 'pourriez',
  voudrais: 'voudriez',
  devrais: 'devriez',
  serais: 'seriez',
  avais: 'aviez',
  etais: 'étiez',
};

const TU_WORDS = /(?<![\p{L}\p{N}_'-])(?:(?:tu|te|toi|ton|ta|tes)(?![\p{L}\p{N}_])|t'(?=[aeiouyh]))/gu;
const VOUS_WORDS = /(?<![\p{L}\p{N}_'-])(?:vous|votre|vos|votres)(?![\p{L}\p{N}_])/gu;
const INVERTED = /(?<![\p{L}\p{N}_])([\p{L}]+)-(?:t-)?(tu|toi|vous)(?![\p{L}\p{N}_])/gu;
// Imperatives carry the form without a pronoun: "Restez connectés", "N'hésitez pas", "Contactez-nous"
// are vous; "Dis-nous", "Écris-moi", "N'hésite pas" are tu ("sommes-nous", "allons-nous" are neither).
const VOUS_IMPERATIVE = /(?:^|[.!?…]\s+|\n\s*|n')([\p{L}]+ez)(?:-(?:nous|moi|les|le|la|en|y))?(?![\p{L}\p{N}_'-])/gu;
const TU_IMPERATIVE =
  /(?<![\p{L}\p{N}_'-])([\p{L}]+)-(?:nous|moi)(?![\p{L}\p{N}_-])|(?:^|[.!?…]\s+|\n\s*)(n'[\p{L}]+e)\s+pas(?![\p{L}])/gu;
const NOT_VERBS = new Set(['chez', 'assez', 'nez', 'rez']);
// "le ton", "un ton", "ce ton"…: the noun, not the possessive.
const TON_NOUN = /(?:le|un|du|de|ce|mon|son|notre|votre|leur|bon|meme)\s+$/u;

function addressHits(draft: string, folded: { text: string; origin: number[] }): AddressHit[] {
  const f = folded.text;
  const hits: AddressHit[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const m of f.matchAll(INVERTED)) {
    const verb = m[1]!;
    const pron = m[2]!;
    const span = originalSpan(draft, folded.origin, m.index, m.index + m[0].length);
    taken.push(span);
    if (pron === 'vous') hits.push({ ...span, form: 'vous' });
    else {
      const v = vousForm(verb);
      const orig = draft.slice(span.start, span.end);
      const verbOrig = orig.slice(0, orig.indexOf('-'));
      hits.push({
        ...span,
        form: 'tu',
        toVous: pron === 'toi' ? `${verbOrig}-vous` : v ? `${keepInitial(verbOrig, v)}-vous` : undefined,
      });
    }
  }
  for (const m of f.matchAll(VOUS_IMPERATIVE)) {
    const verb = m[1]!;
    if (NOT_VERBS.has(verb)) continue;
    const from = m.index + m[0].indexOf(verb);
    const span = originalSpan(draft, folded.origin, from, m.index + m[0].length);
    if (!overlaps(span, taken)) {
      taken.push(span);
      hits.push({ ...span, form: 'vous' });
    }
  }
  for (const m of f.matchAll(TU_IMPERATIVE)) {
    const word = m[1] ?? m[2]!;
    // "Dites-nous", "faites-moi" are vous imperatives without -ez.
    if (m[1] !== undefined && /(?:ez|ons|mes)$|^(?:dites|faites|redites|refaites)$/u.test(word)) continue;
    const from = m.index + m[0].indexOf(word);
    const span = originalSpan(draft, folded.origin, from, m.index + m[0].length);
    if (!overlaps(span, taken)) {
      taken.push(span);
      hits.push({ ...span, form: 'tu' });
    }
  }
  for (const m of f.matchAll(VOUS_WORDS)) {
    const span = originalSpan(draft, folded.origin, m.index, m.index + m[0].length);
    if (!overlaps(span, taken)) hits.push({ ...span, form: 'vous' });
  }
  for (const m of f.matchAll(TU_WORDS)) {
    const word = m[0];
    if (word === 'ton' && TON_NOUN.test(f.slice(Math.max(0, m.index - 12), m.index))) continue;
    const span = originalSpan(draft, folded.origin, m.index, m.index + word.length);
    if (!overlaps(span, taken)) hits.push(tuWordHit(draft, folded, m.index, word, span));
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The vous form of a tu verb ("peux" → "pouvez", "cherches" → "cherchez"), when known. */
function vousForm(verb: string): string | undefined {
  return VERBS[verb] ?? (verb.endsWith('es') && verb.length > 3 ? verb.slice(0, -1) + 'z' : undefined);
}

/** A tu word ("te", "ton", "tu peux"…) at `at` in the folded text, with its vous wording when there is one. */
function tuWordHit(
  draft: string,
  folded: { text: string; origin: number[] },
  at: number,
  word: string,
  span: { start: number; end: number },
): AddressHit {
  const orig = draft.slice(span.start, span.end);
  let toVous: string | undefined;
  let end = span.end;
  if (word === 'te' || word === 'toi') toVous = 'vous';
  else if (word === "t'") toVous = 'vous ';
  else if (word === 'ton' || word === 'ta') toVous = 'votre';
  else if (word === 'tes') toVous = 'vos';
  else if (word === 'tu') {
    // "tu peux" → "vous pouvez", "tu cherches" → "vous cherchez"; others need the CM.
    const next = /^(\s+)([\p{L}]+)/u.exec(folded.text.slice(at + 2));
    const v = next ? vousForm(next[2]!) : undefined;
    if (next && v) {
      const verbSpan = originalSpan(draft, folded.origin, at + 2 + next[1]!.length, at + 2 + next[0].length);
      end = verbSpan.end;
      const verb = keepInitial(draft.slice(verbSpan.start, verbSpan.end), v);
      toVous = `vous${draft.slice(span.end, verbSpan.start)}${verb}`;
    }
  }
  return {
    start: span.start,
    end,
    form: 'tu',
    toVous: toVous === undefined ? undefined : matchCase(orig, toVous.slice(0, 1)) + toVous.slice(1),
  };
}

/** Keeps the accents of the original verb when the table's form has none to add. */
function keepInitial(orig: string, replacement: string): string {
  return orig[0] && orig[0] !== orig[0].toLowerCase()
    ? replacement[0]!.toUpperCase() + replacement.slice(1)
    : replacement;
}

function checkAddress(draft: string, folded: { text: string; origin: number[] }, address: Form | undefined): Problem[] {
  const hits = addressHits(draft, folded);
  if (hits.length === 0) return [];
  const tu = hits.filter((h) => h.form === 'tu').length;
  const vous = hits.length - tu;
  // Against the profile, or, without one, the minority form when both are used.
  let wrong: Form | null;
  if (address) wrong = address === 'vous' ? 'tu' : 'vous';
  else wrong = tu > 0 && vous > 0 ? (tu < vous ? 'tu' : 'vous') : null;
  if (wrong === null) return [];
  const mixed = tu > 0 && vous > 0;
  return hits
    .filter((h) => h.form === wrong)
    .map((h): Problem => {
      const found = draft.slice(h.start, h.end);
      const expected = wrong === 'tu' ? 'vous' : 'tu';
      return {
        kind: 'address_form',
        start: h.start,
        end: h.end,
        message: address
          ? {
              fr: `« ${found} » : la marque ${expected === 'vous' ? 'vouvoie' : 'tutoie'} ses clients.`,
              en: `“${found}”: the brand addresses customers as “${expected}”.`,
            }
          : {
              fr: `« ${found} » : tutoiement et vouvoiement mélangés.`,
              en: `“${found}”: “tu” and “vous” are mixed.`,
            },
        fix:
          wrong === 'tu' && h.toVous !== undefined && (address === 'vous' || mixed)
            ? {
                start: h.start,
                end: h.end,
                text: h.toVous,
                label: { fr: `Remplacer par « ${h.toVous.trim()} »`, en: `Replace with “${h.toVous.trim()}”` },
              }
            : undefined,
      };
    });
}

// ---- emoji ----

function checkEmoji(draft: string, profile: ToneProfile): Problem[] {
  const emoji = findEmoji(draft);
  if (emoji.length === 0) return [];
  const out: Problem[] = [];
  const allowed = new Set(profile.emojiAllowed.map((e) => e.replace(/\uFE0F/g, '')));
  const max = profile.emoji === 'none' ? 0 : profile.emoji === 'sparing' ? profile.emojiMax : Infinity;
  let kept = 0;
  for (const e of emoji) {
    let message: Message | null = null;
    if (profile.emoji === 'none') message = { fr: "La marque n'utilise pas d'emoji.", en: 'The brand uses no emoji.' };
    else if (allowed.size > 0 && !allowed.has(e.emoji.replace(/\uFE0F/g, '')))
      message = {
        fr: `${e.emoji} ne fait pas partie des emoji de la marque.`,
        en: `${e.emoji} is not one of the brand's emoji.`,
      };
    else if (++kept > max) message = { fr: `Trop d'emoji : ${max} au plus.`, en: `Too many emoji: ${max} at most.` };
    if (message) out.push({ kind: 'emoji', start: e.start, end: e.end, message, fix: emojiDeletion(draft, e) });
  }
  return out;
}

function emojiDeletion(draft: string, span: { start: number; end: number }): Fix {
  let { start, end } = span;
  if (draft[end] === '\uFE0F') end++;
  if (/[ \t]/.test(draft[end] ?? '') && (start === 0 || /[ \t]/.test(draft[start - 1]!))) end++;
  else if (end === draft.length || /^\s*\n/.test(draft.slice(end)))
    while (start > 0 && /[ \t]/.test(draft[start - 1]!)) start--;
  return { start, end, text: '', label: DELETE };
}

// ---- shouting ----

const SHOUT_WORD = /[\p{L}\p{N}'’-]+/gu;

function checkShouting(draft: string, skip: readonly { start: number; end: number }[]): Problem[] {
  // A run of at least three capitalised words (10+ letters) or a draft mostly in capitals.
  const words = [...draft.matchAll(SHOUT_WORD)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
    .filter((w) => !overlaps(w, skip) && /\p{L}/u.test(w.text));
  // One-letter words ("A", "I", "À") carry on a run of capitals but do not make one.
  const upper = (w: { text: string }) => {
    const letters = w.text.replace(/[^\p{L}]/gu, '');
    return letters.length >= 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  };
  const long = (w: { text: string }) => w.text.replace(/[^\p{L}]/gu, '').length >= 2;
  const out: Problem[] = [];
  let i = 0;
  while (i < words.length) {
    if (!upper(words[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < words.length &&
      upper(words[j + 1]!) &&
      !/[\n]/.test(draft.slice(words[j]!.end, words[j + 1]!.start))
    )
      j++;
    while (j > i && !long(words[j]!)) j--;
    while (i < j && !long(words[i]!)) i++;
    const run = words.slice(i, j + 1);
    const letters = run.reduce((n, w) => n + w.text.replace(/[^\p{L}]/gu, '').length, 0);
    if (run.filter(long).length >= 2 && run.length >= 3 && letters >= 10) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const original = draft.slice(start, end);
      let text = original.toLowerCase();
      if (startsSentence(draft, start)) text = text[0]!.toUpperCase() + text.slice(1);
      out.push({
        kind: 'shouting',
        start,
        end,
        message: { fr: 'Écrit en majuscules, ça crie.', en: 'All capitals reads as shouting.' },
        fix: { start, end, text, label: { fr: 'Passer en minuscules', en: 'Lower-case it' } },
      });
    }
    i = j + 1;
  }
  return out;
}

// ---- signature ----

/** Where the draft ends with the signature (any agent name in place of `{agent}`), or null. */
function signatureSpan(
  draft: string,
  folded: { text: string; origin: number[] },
  template: string,
): { start: number; end: number } | null {
  const key = fold(template).text.replace(/\s+/g, ' ').trim();
  const text = folded.text.trimEnd();
  if (key === '' || text === '') return null;
  const start = signatureStart(text, key);
  return start === -1 ? null : originalSpan(draft, folded.origin, start, text.length);
}
