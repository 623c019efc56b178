// The tone profile a brand has before anyone writes one: a polite, neutral customer-service voice
// (vous in French), signed by the brand's team, within each platform's own limit for a comment.
import { REPLY_LIMITS } from '../../platforms/descriptor-data';
import { toneProfileSchema, type ToneProfile } from './profile';

/** Each platform's own maximum for a reply or comment, as the platform counts it (descriptor-data.ts). */
export const PLATFORM_LIMITS = REPLY_LIMITS;

/** `languages`: the brand's own (its profile answers in all of them); the main one first. */
export function defaultToneProfile(
  brandName: string,
  language: 'fr' | 'en',
  languages: readonly ('fr' | 'en')[] = [language],
): ToneProfile {
  const brand = brandName.trim() || (language === 'fr' ? 'la marque' : 'the brand');
  return toneProfileSchema.parse({
    name: `${brand} ${language.toUpperCase()}`,
    language,
    languages: [language, ...languages.filter((l) => l !== language)],
    address: language === 'fr' ? 'vous' : undefined,
    register: 'neutral',
    formality: 3,
    warmth: 3,
    emoji: 'sparing',
    emojiMax: 1,
    signature: language === 'fr' ? `— L’équipe ${brand}` : `— The ${brand} team`,
    maxLength: { ...PLATFORM_LIMITS },
  });
}
