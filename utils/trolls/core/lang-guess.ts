// French or English, from a quick count of each language's commonest short words in folded text.
import { fold } from '../../text/fold';

const FR = /(?<![a-z])(?:le|la|les|des|est|une|et|je|j|vous|pas|c|qu|pour|sur|avec|mon|ma|ce|t|tu|ca)(?![a-z])/g;
const EN = /(?<![a-z])(?:the|is|are|and|you|i|my|to|of|it|this|that|with|for|your|was)(?![a-z])/g;

// more French function words, for the stricter question "is this surely not French?"
const FR_MORE =
  /(?<![a-z])(?:de|du|un|il|elle|que|qui|ne|en|te|ta|ton|tes|ces|ses|sa|nous|au|aux|mais|sont|suis|es)(?![a-z])/g;
// letters of French words that English words almost never carry
const FRENCH_LETTERS = /[àâçéèêëîïôùûüÿœ]/i;

function langCounts(folded: string): { fr: number; en: number } {
  return { fr: folded.match(FR)?.length ?? 0, en: folded.match(EN)?.length ?? 0 };
}

/**
 * Whether a comment surely reads as English: no French accented letter in `text`, and more English
 * than French function words (with the longer French list); on a tie (often none of either), at least
 * three words, most of them (`known`, of its alphanumeric words) English words.
 */
export function readsEnglish(text: string, folded: string, known: number): boolean {
  if (FRENCH_LETTERS.test(text)) return false;
  const en = folded.match(EN)?.length ?? 0;
  const fr = (folded.match(FR)?.length ?? 0) + (folded.match(FR_MORE)?.length ?? 0);
  if (en !== fr) return en > fr;
  const words = folded.match(/[a-z0-9]+/g)?.length ?? 0;
  return words >= 3 && known >= 0.8 * words;
}

/** 'fr' or 'en', from the input or a quick look at the words (a tie reads as French). */
export function guessLang(text: string, folded?: string): 'fr' | 'en' {
  const { fr, en } = langCounts(folded ?? fold(text).text);
  return fr >= en ? 'fr' : 'en';
}
