// The tone form's values and their way to and from a ToneProfile: the fields in page order with
// their labels and hints, the text areas read back as lists, and issues put on their field.
import type { Language } from '../../mentions/core/brand';
import { platformName, PLATFORMS, type Platform } from '../../platforms/descriptor-data';
import type { ToneProfile } from '../core/profile';
import type { MessageKey } from '../../i18n/translate';
import type { I18n } from '../../../components/i18n';
import { placeIssues, type Found, type Issue } from '../../../components/use-form';

export const FIELDS = [
  'name',
  'languages',
  'address',
  'register',
  'formality',
  'warmth',
  'emoji',
  'emojiAllowed',
  'emojiMax',
  'greetings',
  'signOffs',
  'signature',
  'preferred',
  'banned',
  'maxLength',
  'examples.do',
  'examples.dont',
] as const;
export type Field = (typeof FIELDS)[number];

/** A field's key in the messages: 'examples.do' → 'examplesDo'. */
const keyOf = (f: Field) => (f === 'examples.do' ? 'examplesDo' : f === 'examples.dont' ? 'examplesDont' : f);
// Typed: a field without its label or hint in the messages does not compile.
export const label = (f: Field): MessageKey => `tone.field.${keyOf(f)}`;
const hint = (f: Field): MessageKey => `tone.hint.${keyOf(f)}`;
export const HINTS = Object.fromEntries(FIELDS.map((f) => [f, hint(f)])) as Record<Field, MessageKey>;

/** The brand name of a platform ("LinkedIn"), or the id itself when unknown. */
const nameOf = (id: string): string =>
  (PLATFORMS as readonly string[]).includes(id) ? platformName(id as Platform) : id;

export interface ToneValues {
  name: string;
  language: Language;
  languages: Language[];
  address: '' | 'tu' | 'vous';
  register: string;
  formality: string;
  warmth: string;
  emoji: string;
  emojiAllowed: string;
  emojiMax: string;
  greetings: string;
  signOffs: string;
  signature: string;
  preferred: string;
  banned: string;
  maxLength: Record<Platform, string>;
  examplesDo: string;
  examplesDont: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
const items = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function toneValuesOf(p: ToneProfile): ToneValues {
  return {
    name: p.name,
    language: p.language,
    languages: p.languages ?? [p.language],
    address: p.address ?? '',
    register: p.register,
    formality: String(p.formality),
    warmth: String(p.warmth),
    emoji: p.emoji,
    emojiAllowed: p.emojiAllowed.join(' '),
    emojiMax: String(p.emojiMax),
    greetings: p.greetings.join('\n'),
    signOffs: p.signOffs.join('\n'),
    signature: p.signature,
    preferred: p.preferred.map((x) => `${x.use} = ${x.not.join(', ')}`).join('\n'),
    banned: p.banned.join('\n'),
    maxLength: Object.fromEntries(
      PLATFORMS.map((pl) => [pl, p.maxLength[pl] === undefined ? '' : String(p.maxLength[pl])]),
    ) as Record<Platform, string>,
    examplesDo: p.examples.do.join('\n'),
    examplesDont: p.examples.dont.join('\n'),
  };
}

// A number field: empty means "the default" (or "no limit"), anything else must read as a number.
const num = (s: string) => (s.trim() === '' ? undefined : Number(s.trim().replace(',', '.')));

/** The "use = not, not" lines as pairs, and the lines without "=" that could not be read. */
function preferredOf(text: string) {
  const badLines: string[] = [];
  const preferred = lines(text).flatMap((line) => {
    const at = line.indexOf('=');
    if (at < 0) {
      badLines.push(line);
      return [];
    }
    return [{ use: line.slice(0, at).trim(), not: items(line.slice(at + 1)) }];
  });
  return { preferred, badLines };
}

/** The profile the form describes (unvalidated), and the lines of "use = not" it could not read. */
export function toneDraftOf(v: ToneValues): { draft: Record<string, unknown>; badLines: string[] } {
  const { preferred, badLines } = preferredOf(v.preferred);
  const maxLength = Object.fromEntries(
    PLATFORMS.flatMap((pl) => (num(v.maxLength[pl]) === undefined ? [] : [[pl, num(v.maxLength[pl])]])),
  );
  const draft: Record<string, unknown> = {
    name: v.name,
    language: v.language,
    languages: v.languages,
    ...(v.address ? { address: v.address } : {}),
    register: v.register,
    formality: num(v.formality),
    warmth: num(v.warmth),
    emoji: v.emoji,
    emojiAllowed: v.emojiAllowed.split(/[\s,]+/u).filter((s) => s !== ''),
    emojiMax: num(v.emojiMax),
    greetings: lines(v.greetings),
    signOffs: lines(v.signOffs),
    signature: v.signature,
    preferred,
    banned: items(v.banned),
    maxLength,
    examples: { do: lines(v.examplesDo), dont: lines(v.examplesDont) },
  };
  return { draft, badLines };
}

/** Puts each zod issue on its form field; a length limit names its platform. */
export function toneFieldErrors(issues: readonly Issue[], i18n: Pick<I18n, 'issue'>): Found<Field> {
  return placeIssues(issues, FIELDS, i18n, 'profile', (path, text) => {
    const field = path[0] === 'examples' ? `examples.${path[1] ?? 'do'}` : (path[0] ?? '');
    return [field, field === 'maxLength' && path[1] ? `${nameOf(path[1])}: ${text}` : text];
  });
}
