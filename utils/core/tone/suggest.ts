// Reply suggestions in the brand's voice: the three best replies for an item, filled in from context,
// fitted to the tone-of-voice profile and re-checked so that none breaks it. Local and deterministic:
// the brand's own snippets for the item's intent and language come first, then Tact's templates.
import { analyseMention } from '../mentions/analyse';
import type { Intent } from '../mentions/intent';
import type { Platform } from '../platforms';
import { applyFix, checkDraft, fillSignature, type Problem } from './check';
import type { ToneProfile } from './profile';

export type Lang = 'fr' | 'en';

export interface SuggestItem {
  text: string;
  platform: Platform;
  /** The author's display name (or handle). */
  author?: string | null;
  /** When already known; computed from the text otherwise. */
  intent?: Intent;
  lang?: Lang;
  /** The brand and the product the item is about, when known. */
  brand?: string;
  product?: string;
}

/** A named reply template; `{prénom}`/`{firstName}`, `{brand}`, `{product}`, `{agent}`, `{orderId}`, `{link}` are filled in. */
export interface Snippet {
  id: string;
  text: string;
  lang: Lang;
  intents?: readonly Intent[];
}

export interface SuggestOptions {
  /** The CM's name or initials, for `{agent}`; left as `{agent}` when unknown. */
  agent?: string;
  orderId?: string;
  link?: string;
}

export interface Suggestion {
  text: string;
  /** The snippet used, or null for one of Tact's templates. */
  snippet: string | null;
}

// `[[vous form|tu form]]` picks the form of address; `{emoji}` becomes the brand's emoji or nothing.
const TEMPLATES: Record<Lang, Record<Intent, string[]>> = {
  fr: {
    question: [
      'Bonjour {prénom}, merci pour [[votre|ta]] question ! [[Pouvez-vous|Peux-tu]] nous écrire en message privé pour que nous [[vous|te]] répondions précisément ?',
      'Bonjour {prénom}, bonne question ! {emoji} Nous vérifions et revenons vers [[vous|toi]] très vite.',
      'Bonjour {prénom}, merci de [[votre|ton]] intérêt pour {brand}. Nous [[vous|te]] répondons en message privé dans la journée.',
    ],
    complaint: [
      'Bonjour {prénom}, nous sommes désolés pour ce désagrément. [[Pouvez-vous|Peux-tu]] nous écrire en message privé afin que nous trouvions une solution ensemble ?',
      'Bonjour {prénom}, merci de nous l’avoir signalé. Nous comprenons [[votre|ton]] agacement et regardons cela tout de suite.',
      'Bonjour {prénom}, toutes nos excuses. Notre équipe prend [[votre|ta]] demande en charge dès maintenant.',
    ],
    praise: [
      'Merci beaucoup {prénom} ! {emoji} Ravis que {product} [[vous|te]] plaise.',
      'Merci {prénom}, [[votre|ton]] message fait très plaisir à toute l’équipe {brand} ! {emoji}',
      'Un grand merci {prénom} pour ce retour ! {emoji}',
    ],
    purchase_intent: [
      'Bonjour {prénom}, {product} [[vous attend|t’attend]] ! Nous [[vous|te]] conseillons volontiers en message privé. {emoji}',
      'Bonjour {prénom}, merci de [[votre|ton]] intérêt pour {brand} ! [[Dites-nous|Dis-nous]] ce que [[vous cherchez|tu cherches]], nous [[vous aiderons|t’aiderons]] à choisir.',
      'Bonjour {prénom}, excellente idée ! {emoji} Nous restons disponibles pour toute question avant [[votre|ton]] achat.',
    ],
    urgent: [
      'Bonjour {prénom}, merci de nous alerter. Nous traitons [[votre|ton]] message en priorité : [[pouvez-vous|peux-tu]] nous écrire en message privé dès maintenant ?',
      'Bonjour {prénom}, nous prenons cela très au sérieux. Notre équipe [[vous|te]] contacte en priorité.',
      'Bonjour {prénom}, merci pour [[votre|ton]] signalement. Nous mobilisons nos équipes et revenons vers [[vous|toi]] au plus vite.',
    ],
    other: [
      'Bonjour {prénom}, merci pour [[votre|ton]] message ! {emoji}',
      'Bonjour {prénom}, merci de [[votre|ton]] retour, nous restons à [[votre|ton]] écoute.',
      'Bonjour {prénom}, merci d’avoir pensé à {brand} !',
    ],
  },
  en: {
    question: [
      'Hi {firstName}, thanks for your question! Could you send us a direct message so we can give you a precise answer?',
      'Hi {firstName}, good question! {emoji} We are checking and will get back to you shortly.',
      'Hi {firstName}, thanks for your interest in {brand}. We will answer you by direct message today.',
    ],
    complaint: [
      'Hi {firstName}, we are sorry for the trouble. Could you send us a direct message so we can sort this out together?',
      'Hi {firstName}, thanks for letting us know. We understand your frustration and are looking into it right now.',
      'Hi {firstName}, our apologies. Our team is taking care of your request right away.',
    ],
    praise: [
      'Thank you so much {firstName}! {emoji} We are glad you enjoy {product}.',
      'Thanks {firstName}, your message made the whole {brand} team smile! {emoji}',
      'A big thank you {firstName} for the kind words! {emoji}',
    ],
    purchase_intent: [
      'Hi {firstName}, {product} is waiting for you! We are happy to advise you by direct message. {emoji}',
      'Hi {firstName}, thanks for your interest in {brand}! Tell us what you are looking for and we will help you choose.',
      'Hi {firstName}, great choice! {emoji} We are here for any question before you buy.',
    ],
    urgent: [
      'Hi {firstName}, thanks for alerting us. We are treating this as a priority: could you send us a direct message now?',
      'Hi {firstName}, we take this very seriously. Our team is contacting you as a priority.',
      'Hi {firstName}, thanks for reporting this. Our teams are on it and will get back to you as soon as possible.',
    ],
    other: [
      'Hi {firstName}, thanks for your message! {emoji}',
      'Hi {firstName}, thanks for your feedback, we are here if you need anything.',
      'Hi {firstName}, thanks for thinking of {brand}!',
    ],
  },
};

/** The three best replies for `item`, each one passing `checkDraft` with the profile. */
export function suggestReplies(item: SuggestItem, profile: ToneProfile, snippets: readonly Snippet[] = [], opts: SuggestOptions = {}): Suggestion[] {
  const analysis = item.intent && item.lang ? null : analyseMention(item.text, { lang: item.lang, now: 0 });
  const lang: Lang = item.lang ?? analysis!.lang;
  const intent: Intent = item.intent ?? analysis!.intent;
  const candidates: { text: string; snippet: string | null }[] = [
    ...snippets.filter((s) => s.lang === lang && s.intents?.includes(intent)).map((s) => ({ text: s.text, snippet: s.id })),
    ...snippets.filter((s) => s.lang === lang && (!s.intents || s.intents.length === 0)).map((s) => ({ text: s.text, snippet: s.id })),
    ...TEMPLATES[lang][intent].map((text) => ({ text, snippet: null })),
    ...(intent === 'other' ? [] : TEMPLATES[lang].other.map((text) => ({ text, snippet: null }))),
  ];
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (out.length === 3) break;
    const text = fit(c.text, item, profile, lang, opts);
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, snippet: c.snippet });
  }
  return out;
}

/** Fills and fits one template, or null when it cannot be made to pass the checker. */
export function fit(template: string, item: SuggestItem, profile: ToneProfile, lang: Lang, opts: SuggestOptions = {}): string | null {
  const address = profile.address ?? 'vous';
  let text = template.replace(/\[\[([^|\]]*)\|([^\]]*)\]\]/g, (_, vous: string, tu: string) => (address === 'vous' ? vous : tu));
  const firstName = firstNameOf(item.author);
  const values: Record<string, string | undefined> = {
    'prénom': firstName,
    firstName,
    brand: item.brand ?? profile.name.replace(/\s+(?:FR|EN)$/i, ''),
    product: item.product,
    orderId: opts.orderId,
    link: opts.link,
    agent: opts.agent,
  };
  // A missing first name goes with the space before it ("Bonjour {prénom}," → "Bonjour,").
  text = text.replace(/\s*\{(?:prénom|firstName)\}/gu, (m) => (firstName ? m.replace(/\{[^}]+\}/u, firstName) : ''));
  const emoji = profile.emoji === 'none' ? '' : (profile.emojiAllowed[0] ?? '🙂');
  text = text.replace(/\s*\{emoji\}/g, emoji ? ` ${emoji}` : '');
  let missing = false;
  text = text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name === 'agent' && !opts.agent) return m;
    const v = values[name];
    if (v === undefined || v === '') missing = true;
    return v ?? m;
  });
  if (missing) return null;
  text = text.replace(/[ \t]+([,.!?])/g, (m, p: string) => (lang === 'fr' && p !== ',' && p !== '.' ? m : p)).replace(/ {2,}/g, ' ').trim();

  // Apply the checker's fixes that cannot break a sentence (preferred words, emoji), then sign; a
  // template with a banned word or a cold phrase is dropped rather than mangled.
  text = applyFixes(text, profile, item.platform, lang, opts.agent);
  const signature = profile.signature.trim();
  if (signature !== '') text = `${text}\n${fillSignature(signature, opts.agent?.trim() || '{agent}')}`;
  const problems = checkDraft(text, profile, { platform: item.platform, lang, customer: true, agent: opts.agent });
  return problems.length === 0 ? text : null;
}

function applyFixes(text: string, profile: ToneProfile, platform: Platform, lang: Lang, agent?: string): string {
  for (let round = 0; round < 20; round++) {
    const problem = checkDraft(text, profile, { platform, lang, customer: true, agent }).find(
      (p: Problem) => p.fix !== undefined && (p.kind === 'preferred_word' || p.kind === 'emoji'),
    );
    if (!problem) break;
    text = applyFix(text, problem.fix!).replace(/ {2,}/g, ' ').trim();
  }
  return text;
}

/** The first name in a display name: "Marie Dupont" → "Marie"; handles and initials give nothing. */
export function firstNameOf(author: string | null | undefined): string | undefined {
  if (!author) return undefined;
  const name = author.trim();
  if (name.startsWith('@') || /^u\//.test(name)) return undefined;
  const first = name.split(/\s+/)[0]!;
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(first)) return undefined;
  return first;
}
