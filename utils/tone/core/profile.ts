// The brand's tone of voice: how a reply should sound, checked live while the CM types and used to
// fit suggestions. Validation messages are i18n keys, like the brand profile's.
import { z } from '../../shared/zod';
import { LANGUAGES } from '../../mentions/core/brand';
import { PLATFORMS } from '../../platforms/ids';

const text = (max: number) => z.string().trim().min(1, 'error.empty').max(max, 'error.tooLong');
const list = <T extends z.ZodType>(item: T, max = 200) => z.array(item).max(max, 'error.tooMany').default([]);
const level = z.number({ error: 'error.number' }).int('error.integer').min(1, 'error.range').max(5, 'error.range');

export const ADDRESS_FORMS = ['tu', 'vous'] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];
export const REGISTERS = ['casual', 'neutral', 'formal'] as const;
export const EMOJI_POLICIES = ['none', 'sparing', 'free'] as const;
export type EmojiPolicy = (typeof EMOJI_POLICIES)[number];

/** "Use X, not Y": `{ "use": "X", "not": ["Y", "Z"] }` (a single string is accepted for `not`). */
export const preferredWordSchema = z.object({
  use: text(100),
  not: z.union([text(100).transform((s) => [s]), z.array(text(100)).min(1, 'error.empty').max(50, 'error.tooMany')]),
});
export type PreferredWord = z.infer<typeof preferredWordSchema>;

export const toneProfileSchema = z.object({
  name: text(100),
  /** The main language of replies. */
  language: z.enum(LANGUAGES, { error: 'error.language' }).default('fr'),
  /** Every language the brand answers in (defaults to the main one). */
  languages: z
    .array(z.enum(LANGUAGES, { error: 'error.language' }))
    .min(1, 'error.empty')
    .optional(),
  /** French form of address; when absent, only mixing the two is flagged. */
  address: z.enum(ADDRESS_FORMS, { error: 'error.address' }).optional(),
  register: z.enum(REGISTERS, { error: 'error.register' }).default('neutral'),
  /** 1 = very casual, 5 = very formal. */
  formality: level.default(3),
  /** 1 = matter-of-fact, 5 = very warm. */
  warmth: level.default(3),
  emoji: z.enum(EMOJI_POLICIES, { error: 'error.emojiPolicy' }).default('sparing'),
  /** Emoji allowed; empty = any (within the policy). */
  emojiAllowed: list(z.string().trim().min(1, 'error.empty').max(20, 'error.tooLong'), 100),
  /** How many emoji "sparing" allows in one reply. */
  emojiMax: z
    .number({ error: 'error.number' })
    .int('error.integer')
    .min(0, 'error.range')
    .max(20, 'error.range')
    .default(1),
  greetings: list(text(200), 50),
  signOffs: list(text(200), 50),
  /** Appended to every reply; `{agent}` is the CM's name or initials: "— {agent}, équipe Acme", "^{agent}". */
  signature: z.string().trim().max(200, 'error.tooLong').default(''),
  preferred: list(preferredWordSchema),
  banned: list(text(200)),
  /** Maximum reply length per platform (X counted the way X counts). */
  maxLength: z
    .partialRecord(
      z.enum(PLATFORMS, { error: 'error.platform' }),
      z.number({ error: 'error.number' }).int('error.integer').positive('error.range').max(100_000, 'error.range'),
      { error: 'error.platform' },
    )
    .default({}),
  examples: z.object({ do: list(text(2000), 50), dont: list(text(2000), 50) }).default({ do: [], dont: [] }),
});
export type ToneProfileInput = z.input<typeof toneProfileSchema>;
export type ToneProfile = z.infer<typeof toneProfileSchema>;

/** One profile per brand and language: its id (the tone repository and kit imports write it). */
export function toneProfileId(brandId: string, language: 'fr' | 'en'): string {
  return `${brandId}:${language}`;
}

/** The languages a profile answers in. */
export function profileLanguages(p: Pick<ToneProfile, 'language' | 'languages'>): ('fr' | 'en')[] {
  return p.languages ?? [p.language];
}
