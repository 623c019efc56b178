// The instructions a model gets to rewrite a draft in the brand's voice, built only from the tone
// profile and the draft: never the page, the item's author or other comments. Pure, so what is sent
// is exactly what the tests (and the options page's "what is sent" note) describe.
import { platformData } from '../../../platforms/descriptor-data';
import type { RewriteRequest } from './types';

export interface RewritePrompt {
  /** The tone instructions (a chat "system" message). */
  system: string;
  /** The draft, delimited, and the CM's extra wish if any. */
  user: string;
}

const LANGUAGE_NAMES = { fr: 'French', en: 'English' } as const;

const FORMALITY = [
  'very casual and relaxed, as with a friend',
  'casual and friendly',
  'neutral and polite',
  'formal and courteous',
  'very formal and businesslike',
];
const WARMTH = [
  'matter-of-fact and concise',
  'calm and factual, with a touch of friendliness',
  'friendly',
  'warm and empathetic',
  'very warm, enthusiastic and empathetic',
];

/** Caps a list so a huge profile cannot blow the model's context. */
function cap<T>(list: readonly T[], n: number): T[] {
  return list.slice(0, n);
}
const quote = (s: string) => `"${s.replace(/\s+/g, ' ').trim()}"`;

export const MAX_INSTRUCTION = 500;

export function buildRewritePrompt(req: RewriteRequest): RewritePrompt {
  const { profile: p, platform, lang } = req;
  const rules: string[] = [];
  rules.push(`Write in ${LANGUAGE_NAMES[lang]} only.`);
  rules.push(
    'Keep the meaning of the draft. Do not add facts, promises, prices, dates, links or names that are not in ' +
      'the draft.',
  );
  if (lang === 'fr' && p.address === 'vous')
    rules.push(
      'Address the reader with "vous" (vouvoiement) throughout; never use "tu", "te", "ton", "ta", "tes" or "toi".',
    );
  if (lang === 'fr' && p.address === 'tu')
    rules.push('Address the reader with "tu" (tutoiement) throughout; never use "vous", "votre" or "vos" for them.');
  if (lang === 'fr' && p.address === undefined)
    rules.push('Use one form of address throughout (either "tu" or "vous"), never both.');
  rules.push(
    `Tone: ${FORMALITY[p.formality - 1]} (formality ${p.formality}/5), ${WARMTH[p.warmth - 1]} (warmth ${p.warmth}/5).`,
  );
  rules.push('Never write in capital letters for emphasis.');
  if (p.emoji === 'none') rules.push('Use no emoji at all.');
  else if (p.emoji === 'sparing')
    rules.push(p.emojiMax === 0 ? 'Use no emoji at all.' : `Use at most ${p.emojiMax} emoji.`);
  if (p.emoji !== 'none' && p.emojiAllowed.length > 0)
    rules.push(`Only these emoji are allowed: ${cap(p.emojiAllowed, 30).join(' ')}.`);
  if (p.banned.length > 0) rules.push(`Never use these words or phrases: ${cap(p.banned, 60).map(quote).join(', ')}.`);
  for (const pref of cap(p.preferred, 30))
    rules.push(`Write ${quote(pref.use)}, not ${pref.not.map(quote).join(' or ')}.`);
  const signature = p.signature.trim();
  if (signature !== '') {
    rules.push(
      signature.includes('{agent}')
        ? `End with the signature ${quote(signature)} on its own line, keeping "{agent}" exactly as written.`
        : `End with this signature on its own line, exactly as written: ${quote(signature)}.`,
    );
  }
  const max = p.maxLength[platform];
  if (max !== undefined) {
    rules.push(
      platformData(platform).lengthRule === 'x-weighted'
        ? `The whole reply, signature included, must fit in ${max} characters as X counts them ` +
            '(a link counts as 23, an emoji as 2).'
        : `The whole reply, signature included, must be at most ${max} characters.`,
    );
  }
  const examples: string[] = [];
  const dos = cap(p.examples.do, 3);
  const donts = cap(p.examples.dont, 3);
  if (dos.length > 0) examples.push('Replies in the right tone:', ...dos.map((e) => `- ${quote(e.slice(0, 400))}`));
  if (donts.length > 0)
    examples.push(
      'Replies in the wrong tone (do not write like this):',
      ...donts.map((e) => `- ${quote(e.slice(0, 400))}`),
    );

  const system = [
    `You rewrite a community manager's reply on ${platformData(platform).promptName} ` +
      `so that it sounds like the brand "${p.name}".`,
    'Rules:',
    ...rules.map((r) => `- ${r}`),
    ...(examples.length > 0 ? ['', ...examples] : []),
    '',
    'Answer with the rewritten reply only: no quotation marks around it, no preamble, no explanation, no alternatives.',
  ].join('\n');

  const instruction = req.instruction?.trim().slice(0, MAX_INSTRUCTION);
  const user = [
    'Rewrite this draft (between the markers):',
    '<<<',
    req.text,
    '>>>',
    ...(instruction ? ['', `Also: ${instruction}`] : []),
  ].join('\n');
  return { system, user };
}

/** The reply itself out of a model's answer: without code fences, wrapping quotes, markers or a "Here is…" preamble. */
export function cleanModelOutput(raw: string): string {
  let s = raw.replace(/\r\n/g, '\n').trim();
  const fence = /^```[\w-]*\n([\s\S]*?)\n?```$/.exec(s);
  if (fence) s = fence[1]!.trim();
  s = s
    .replace(/^<<<\s*\n?/, '')
    .replace(/\n?\s*>>>$/, '')
    .trim();
  // "Here is the rewritten reply:" / "Voici la réponse réécrite :" on a line of its own.
  s = s
    .replace(/^(?:here(?:'s| is)[^\n]*|voici[^\n]*|rewritten (?:reply|draft)[^\n]*|réponse réécrite[^\n]*):\s*\n+/i, '')
    .trim();
  const pairs: [string, string][] = [
    ['"', '"'],
    ['“', '”'],
    ['«', '»'],
    ["'", "'"],
  ];
  for (const [open, close] of pairs) {
    if (s.length >= 2 && s.startsWith(open) && s.endsWith(close) && !s.slice(1, -1).includes(close)) {
      s = s.slice(1, -1).trim();
      break;
    }
  }
  return s;
}
