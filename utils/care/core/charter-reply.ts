// The replies that cite the charter clause a troll breaks, in French and English: short, calm, never
// an insult back, quoting the clause ("Comme l'indique notre charte (article 3, « Respect ») : « … »").
// `{prénom}`/`{firstName}` and `[[vous|tu]]` are left for tone/core/suggest.ts `fit`, which fills them
// and fits each reply to the brand's tone profile. The clause's own words are put in as they are
// (braces and brackets turned into parentheses, so a clause can never look like a placeholder); a
// clause text too long for the platform is cut at a sentence, else a word, and ends with "…": the
// reply still quotes the clause rather than being dropped. Pure.
import { REPLY_LIMITS } from '../../platforms/descriptor-data';
import type { CareTemplateContext } from './care-replies';
import type { ClauseRef } from './care-info';

/** Room kept for what `fit` may add: the brand's signature and sign-off. */
const RESERVE = 60;
/** The clause text budget of the last, shortest quoting reply (a profile may set a smaller maximum than the site's). */
const SHORT_QUOTE = 90;

/** Up to four replies citing `clause`: two quoting it, one naming it only, one quoting it briefly. */
export function charterReplyTemplates(clause: ClauseRef, ctx: CareTemplateContext): string[] {
  const title = literal(clause.title);
  const text = literal(clause.text).replace(/[\s.;:,]+$/u, '');
  const limit = REPLY_LIMITS[ctx.platform];
  const quoting = ctx.lang === 'fr' ? FR_QUOTING : EN_QUOTING;
  const naming = ctx.lang === 'fr' ? FR_NAMING : EN_NAMING;
  const fill = (template: string, quote: string) =>
    template.replace('<n>', String(clause.n)).replace('<title>', title).replace('<text>', quote);
  const withQuote = (template: string, budget: number) => {
    const room = Math.min(budget, limit - RESERVE - [...fill(template, '')].length);
    return fill(template, cutText(text, Math.max(room, 20)));
  };
  const out = quoting.map((tpl) => withQuote(tpl, Infinity));
  out.push(fill(naming, ''));
  const short = withQuote(quoting[0]!, SHORT_QUOTE);
  if (!out.includes(short)) out.push(short);
  return out;
}

const FR_QUOTING = [
  "Bonjour {prénom}, comme l'indique notre charte (article <n>, « <title> ») : « <text> ». Merci de " +
    'garder un échange respectueux.',
  'Bonjour {prénom}, petit rappel de notre charte de communauté, article <n> (« <title> ») : « <text> ' +
    '». Nous restons [[à votre écoute|à ton écoute]] dans ce cadre.',
];
const FR_NAMING =
  'Bonjour {prénom}, merci de respecter notre charte de communauté (article <n>, « <title> ») pour ' +
  'que chacun se sente bien ici.';
const EN_QUOTING = [
  'Hi {firstName}, as our charter says (article <n>, “<title>”): “<text>”. Thanks for keeping the ' +
    'conversation respectful.',
  'Hi {firstName}, a quick reminder of our community charter, article <n> (“<title>”): “<text>”. We ' +
    'are happy to keep talking on that basis.',
];
const EN_NAMING =
  'Hi {firstName}, thanks for keeping to our community charter (article <n>, “<title>”) so that ' +
  'everyone feels welcome here.';

/** The clause's words, never read as a placeholder by `fit`. */
function literal(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/[{[]+/gu, '(')
    .replace(/[}\]]+/gu, ')')
    .trim();
}

/**
 * `text` in at most `max` characters (code points): whole when it fits; else up to its last sentence
 * end that fits (when that keeps at least a third of the room), else its last whole word, then "…".
 */
export function cutText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, Math.max(1, max - 1)).join('');
  let end = -1;
  for (const m of head.matchAll(/[.!?…](?=\s)/gu)) end = m.index + 1;
  if (end < head.length / 3) {
    const space = head.search(/\s\S*$/u);
    end = space > 0 ? space : head.length;
  }
  return `${head.slice(0, end).replace(/[\s.,;:!?…]+$/u, '')}…`;
}
