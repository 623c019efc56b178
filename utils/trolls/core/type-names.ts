// The troll types' ids and names, FR and EN: all the page needs of the typology (the flag and the
// author chip name a type), kept apart from typology.ts's descriptions and cues so the content script
// does not ship them.
export const TROLL_TYPE_IDS = [
  'flamer',
  'hate',
  'harasser',
  'spammer',
  'conspiracist',
  'derailer',
  'lecturer',
  'sealion',
  'astroturfer',
  'unhappy_customer',
] as const;

export type TrollTypeId = (typeof TROLL_TYPE_IDS)[number];

export interface Bilingual {
  fr: string;
  en: string;
}

export const TYPE_NAMES: Record<TrollTypeId, Bilingual> = {
  flamer: { fr: 'Provocateur', en: 'Flamer' },
  hate: { fr: 'Haineux', en: 'Hate' },
  harasser: { fr: 'Harceleur', en: 'Harasser / pile-on' },
  spammer: { fr: 'Spammeur / bot / arnaqueur', en: 'Spammer / bot / scammer' },
  conspiracist: { fr: 'Complotiste / désinformateur', en: 'Conspiracist / disinformer' },
  derailer: { fr: 'Hors-sujet / dérailleur', en: 'Derailer' },
  lecturer: { fr: 'Donneur de leçons / je-sais-tout', en: 'Lecturer / know-it-all' },
  sealion: { fr: 'Faux-naïf / sealion', en: 'Sealion / concern troll' },
  astroturfer: { fr: 'Astroturfeur / faux comptes', en: 'Astroturfer / fake accounts' },
  unhappy_customer: { fr: 'Client mécontent (pas un troll)', en: 'Unhappy customer (not a troll)' },
};

export function isTrollTypeId(id: unknown): id is TrollTypeId {
  return typeof id === 'string' && Object.hasOwn(TYPE_NAMES, id);
}

/** False only for the unhappy customer, who is a customer, not a troll. */
export function isTroll(id: TrollTypeId): boolean {
  return id !== 'unhappy_customer';
}
