// STUB (owned by the newcomers helper): what a message is about, in a few words, for a welcome.
export function topicOf(_text: string, _lang: 'fr' | 'en'): string | undefined {
  return undefined;
}
