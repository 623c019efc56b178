// Reply suggestions in the brand's voice: the three best replies for an item, filled in from context,
// fitted to the tone-of-voice profile and re-checked so that none breaks it. Local and deterministic.
// The troll playbook comes first: for a troll verdict, the recommended action, and replies only where
// the playbook says to reply. Then the brand's own snippets (troll type, then intent, then generic),
// then Tact's templates (templates.ts).
import { analyseMention } from '../../mentions/core/analyse';
import type { Intent } from '../../mentions/core/intent';
import type { Platform } from '../../platforms/ids';
import { fold } from '../../text/fold';
import type { TrollTypeId } from '../../trolls/core/typology';
import { applyFix, checkDraft, fillSignature, type Problem } from './check';
import { PLAYBOOK, playbookAction, type PlaybookAction } from './playbook';
import type { ToneProfile } from './profile';
import type { Snippet as StoredSnippet } from '../../snippets/core/snippet';
import { PLAYBOOK_TEMPLATES, TEMPLATES, type Lang } from './templates';

export type { Lang } from './templates';
export type { PlaybookAction } from './playbook';

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
  /** The troll classifier's verdict type, when there is one (null: not a troll). */
  troll?: TrollTypeId | null;
}

/** What suggestions read of a stored snippet (utils/snippets/core/snippet.ts). */
export type Snippet = Pick<StoredSnippet, 'id' | 'body' | 'language'> & {
  intents?: readonly Intent[];
  trollTypes?: readonly TrollTypeId[];
};

/** What suggestions read of a brand profile: its name, and products to recognise in the item. */
export interface SuggestBrand {
  name: string;
  aliases?: readonly string[];
  products?: readonly string[];
}

export interface SuggestOptions {
  /** The CM's name or initials, for `{agent}`. Without it a signature's `{agent}` is left out. */
  agent?: string;
  /** The order reference; read from the item's text otherwise. */
  orderId?: string;
  /** The link for `{link}` (FAQ, help page, official facts). */
  link?: string;
  /** The brand profile: its name for `{brand}`, its products for `{product}`. */
  brand?: SuggestBrand;
}

export interface Suggestion {
  text: string;
  /** The snippet used, or null for one of Tact's templates. */
  snippet: string | null;
}

export interface SuggestResult {
  /** The playbook's recommended action for a troll verdict; null for an ordinary item. */
  action: PlaybookAction | null;
  replies: Suggestion[];
}

/** The playbook's action (when the item has a troll verdict) and up to three replies that pass `checkDraft`. */
export function suggest(
  item: SuggestItem,
  profile: ToneProfile,
  snippets: readonly Snippet[] = [],
  opts: SuggestOptions = {},
): SuggestResult {
  const analysis = item.intent && item.lang ? null : analyseMention(item.text, { lang: item.lang, now: 0 });
  const lang: Lang = item.lang ?? analysis!.lang;
  let intent: Intent = item.intent ?? analysis!.intent;
  const ctx = context(item, profile, opts);
  const mine = snippets.filter((s) => s.language === lang);
  const fromSnippet = (s: Snippet) => ({ text: s.body, snippet: s.id });
  const fromTemplate = (text: string) => ({ text, snippet: null });

  let action: PlaybookAction | null = null;
  let candidates: { text: string; snippet: string | null }[];
  if (item.troll) {
    action = playbookAction(item.troll, ctx.aboutBrand);
    if (action.reply === 'none') return { action, replies: [] };
    const kind = PLAYBOOK[item.troll].kind!;
    const forType = mine.filter((s) => s.trollTypes?.includes(item.troll!)).map(fromSnippet);
    if (kind === 'complaint') {
      // An unhappy customer is a customer: complaint replies (urgent ones when it is urgent).
      if (intent !== 'urgent') intent = 'complaint';
      candidates = [
        ...forType,
        ...ordinary(mine, intent).map(fromSnippet),
        ...TEMPLATES[lang][intent].map(fromTemplate),
      ];
    } else candidates = [...forType, ...PLAYBOOK_TEMPLATES[lang][kind].map(fromTemplate)];
  } else {
    candidates = [
      ...ordinary(mine, intent).map(fromSnippet),
      ...TEMPLATES[lang][intent].map(fromTemplate),
      ...(intent === 'other' ? [] : TEMPLATES[lang].other.map(fromTemplate)),
    ];
  }

  const replies: Suggestion[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (replies.length === 3) break;
    const text = fitWith(c.text, item, profile, lang, opts, ctx, replies.length);
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    replies.push({ text, snippet: c.snippet });
  }
  return { action, replies };
}

/** The three best replies for `item` (the replies of `suggest`). */
export function suggestReplies(
  item: SuggestItem,
  profile: ToneProfile,
  snippets: readonly Snippet[] = [],
  opts: SuggestOptions = {},
): Suggestion[] {
  return suggest(item, profile, snippets, opts).replies;
}

/** The brand's snippets for an ordinary item: those for its intent first, then those for any intent. */
function ordinary(snippets: readonly Snippet[], intent: Intent): Snippet[] {
  const general = snippets.filter((s) => !s.trollTypes || s.trollTypes.length === 0);
  return [
    ...general.filter((s) => s.intents?.includes(intent)),
    ...general.filter((s) => !s.intents || s.intents.length === 0),
  ];
}

interface Context {
  values: Record<string, string | undefined>;
  firstName: string | undefined;
  aboutBrand: boolean;
}

function context(item: SuggestItem, profile: ToneProfile, opts: SuggestOptions): Context {
  const brand = item.brand ?? opts.brand?.name ?? brandOfProfile(profile);
  const firstName = firstNameOf(item.author);
  const product = item.product ?? (opts.brand?.products ? productIn(item.text, opts.brand.products) : undefined);
  const brandTerms = [brand, ...(opts.brand?.aliases ?? []), ...(opts.brand?.products ?? [])].filter(
    (t) => t.trim() !== '',
  );
  return {
    firstName,
    aboutBrand: brandTerms.some((t) => containsTerm(item.text, t)),
    values: {
      prénom: firstName,
      firstName,
      brand,
      product,
      orderId: opts.orderId?.trim() || orderIdIn(item.text),
      link: opts.link?.trim() || undefined,
      agent: opts.agent?.trim() || undefined,
    },
  };
}

/** "Acme FR" → "Acme": a profile is often named after its brand and language. */
function brandOfProfile(profile: ToneProfile): string {
  return profile.name.replace(/\s+(?:FR|EN|fr|en|français|english)$/u, '').trim() || profile.name;
}

/** Fills and fits one template, or null when it cannot be made to pass the checker. */
export function fit(
  template: string,
  item: SuggestItem,
  profile: ToneProfile,
  lang: Lang,
  opts: SuggestOptions = {},
): string | null {
  return fitWith(template, item, profile, lang, opts, context(item, profile, opts), 0);
}

function fitWith(
  template: string,
  item: SuggestItem,
  profile: ToneProfile,
  lang: Lang,
  opts: SuggestOptions,
  ctx: Context,
  rank: number,
): string | null {
  const address = profile.address ?? 'vous';
  let text = template.replace(/\[\[([^|\]]*)\|([^\]]*)\]\]/g, (_, vous: string, tu: string) =>
    address === 'vous' ? vous : tu,
  );
  // The brand's own greetings replace Tact's "Bonjour"/"Hi" in the profile's main language, in turn.
  const ownLanguage = lang === profile.language;
  if (ownLanguage && profile.greetings.length > 0) {
    const greeting = profile.greetings[rank % profile.greetings.length]!.replace(/[\s,.!?:;]+$/u, '');
    text = text.replace(
      /^(?:Bonjour|Hi) \{(?:prénom|firstName)\},/u,
      /\{[^}]+\}/u.test(greeting) ? `${greeting},` : `${greeting} {firstName},`,
    );
  } else if (lang === 'en' && profile.formality >= 4) text = text.replace(/^Hi\b/u, 'Hello');

  const { firstName } = ctx;
  // A missing first name goes with the space before it ("Bonjour {prénom}," → "Bonjour,").
  text = text.replace(/\s*\{(?:prénom|firstName)\}/gu, (m) => (firstName ? m.replace(/\{[^}]+\}/u, firstName) : ''));
  // "{prénom}, merci !" without a name: no leading comma, and the sentence keeps its capital.
  if (!firstName) text = text.replace(/^[\s,;:]+(\p{Ll})?/u, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
  const emoji = profile.emoji === 'none' ? '' : (profile.emojiAllowed[0] ?? '🙂');
  text = text.replace(/\s*\{emoji\}/g, emoji ? ` ${emoji}` : '');
  let missing = false;
  text = text.replace(/\{([^{}\s]{1,40})\}/gu, (m, name: string) => {
    const v = ctx.values[name];
    if (v === undefined || v === '') missing = true;
    return v ?? m;
  });
  // Never braces in a reply: an unknown variable, or one left empty, drops the template.
  if (missing || /[{}]|\[\[|\]\]/u.test(text)) return null;
  text = tidy(text, lang);

  // Apply the checker's fixes that cannot break a sentence (preferred words, emoji); a template
  // with a banned word or a cold phrase is dropped rather than mangled.
  text = applyFixes(text, profile, item.platform, lang, opts.agent);
  const signature = signatureFor(profile, opts.agent);
  const signOff = ownLanguage && profile.signOffs.length > 0 ? profile.signOffs[rank % profile.signOffs.length]! : '';
  const sign = (body: string) => (signature === '' ? body : `${body}\n${signature}`);
  // Longest first: with the sign-off, then without, then dropping closing sentences until it fits.
  const sentences = splitSentences(text);
  for (let keep = sentences.length; keep >= 1; keep--) {
    const body = sentences.slice(0, keep).join(' ');
    for (const candidate of signOff && keep === sentences.length
      ? [sign(`${body} ${signOff}`), sign(body)]
      : [sign(body)]) {
      if (passes(candidate, profile, item.platform, lang, opts.agent)) return candidate;
    }
  }
  return null;
}

function passes(text: string, profile: ToneProfile, platform: Platform, lang: Lang, agent?: string): boolean {
  const needsAgent = profile.signature.includes('{agent}') && !agent?.trim();
  // Without the CM's name the signature cannot be complete: it is left out, not flagged.
  return checkDraft(text, profile, { platform, lang, customer: true, agent }).every(
    (p) => needsAgent && p.kind === 'missing_signature',
  );
}

/** The profile's signature for this CM; without a name, `{agent}` and what only framed it go. */
export function signatureFor(profile: Pick<ToneProfile, 'signature'>, agent?: string): string {
  const signature = profile.signature.trim();
  if (!signature.includes('{agent}')) return signature;
  if (agent?.trim()) return fillSignature(signature, agent.trim());
  const left = signature
    .replace(/\s*\{agent\}\s*[,;:]?\s*/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(left) ? left : '';
}

function tidy(text: string, lang: Lang): string {
  return text
    .replace(/[ \t]+([,.!?])/g, (m, p: string) => (lang === 'fr' && p !== ',' && p !== '.' ? m : p))
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Sentences, keeping their end punctuation; a URL's dots do not end one. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=\p{Lu})/u).filter((s) => s.trim() !== '');
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

/** Whether `term` occurs in `text` as whole words, ignoring case and accents. */
function containsTerm(text: string, term: string): boolean {
  const key = fold(term.trim()).text;
  if (key === '') return false;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(fold(text).text);
}

/** The first of the brand's products the item names (longest first: "Box 5G" before "Box"). */
export function productIn(text: string, products: readonly string[]): string | undefined {
  return [...products]
    .sort((a, b) => b.length - a.length)
    .find((p) => containsTerm(text, p))
    ?.trim();
}

// "commande n°458921", "order #88231", "ma commande 12345678", "réf. AB-1234", "#A1234-FR".
const ORDER_AFTER_WORD =
  /(?<![\p{L}])(?:commandes?|cde|cmd|orders?|réf(?:érence)?\.?|ref(?:erence)?\.?|colis|parcel|tracking|suivi)\s*(?:(?:n°|n[o°º]\.?|num(?:éro|ero)?\.?|number|#|:)\s*)*(?:de commande\s*)?([A-Z0-9][A-Z0-9-]{3,24})(?![\p{L}\p{N}])/iu;
const ORDER_HASH = /(?<![\p{L}\p{N}&])#([A-Z]{0,4}\d[A-Z0-9-]{3,24})(?![\p{L}\p{N}])/u;

/** The order reference the item gives, when it gives one (it must hold at least three digits). */
export function orderIdIn(text: string): string | undefined {
  for (const re of [ORDER_AFTER_WORD, ORDER_HASH]) {
    const m = re.exec(text);
    const id = m?.[1]?.replace(/-+$/u, '');
    if (id && (id.match(/\d/g)?.length ?? 0) >= 3) return id;
  }
  return undefined;
}
