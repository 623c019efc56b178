// French or English, from a quick count of each language's commonest short words in folded text.
import { fold } from '../text/fold';

const FR = /(?<![a-z])(?:le|la|les|des|est|une|et|je|j|vous|pas|c|qu|pour|sur|avec|mon|ma|ce|t|tu|ca)(?![a-z])/g;
const EN = /(?<![a-z])(?:the|is|are|and|you|i|my|to|of|it|this|that|with|for|your|was)(?![a-z])/g;

export function langCounts(folded: string): { fr: number; en: number } {
  return { fr: folded.match(FR)?.length ?? 0, en: folded.match(EN)?.length ?? 0 };
}

/** 'fr' or 'en', from the input or a quick look at the words (a tie reads as French). */
export function guessLang(text: string, folded?: string): 'fr' | 'en' {
  const { fr, en } = langCounts(folded ?? fold(text).text);
  return fr >= en ? 'fr' : 'en';
}
