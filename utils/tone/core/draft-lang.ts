// The language of a draft being typed, from its function words: enough to pick the brand's French or
// English profile for the live meter without loading the mention analyser into every page.
import { fold } from '../../text/fold';

const FR = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'un',
  'une',
  'est',
  'et',
  'je',
  'vous',
  'nous',
  'tu',
  'pas',
  'ne',
  'pour',
  'sur',
  'avec',
  'votre',
  'notre',
  'ce',
  'cette',
  'merci',
  'bonjour',
  'qui',
  'que',
  'dans',
  'au',
  'aux',
  'mais',
  'sont',
  'tres',
]);
const EN = new Set([
  'the',
  'is',
  'are',
  'and',
  'you',
  'we',
  'i',
  'my',
  'to',
  'of',
  'it',
  'this',
  'that',
  'with',
  'for',
  'your',
  'our',
  'was',
  'thanks',
  'thank',
  'hi',
  'hello',
  'please',
  'in',
  'on',
  'not',
  'can',
  'will',
  'be',
  'have',
]);

/** 'fr' or 'en' when the draft's words say so, null when they do not (too short, or a tie). */
export function draftLanguage(text: string): 'fr' | 'en' | null {
  let fr = 0;
  let en = 0;
  for (const w of fold(text).text.split(/[^\p{L}]+/u)) {
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return fr === en ? null : fr > en ? 'fr' : 'en';
}
