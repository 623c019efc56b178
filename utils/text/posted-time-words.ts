// The words pages use for times, in French and English, already folded (lower case, no accents,
// no final dot): units of relative times, month and weekday names.

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Each unit's spellings: X/Facebook/LinkedIn short forms, Reddit's "hr.", and full words. */
const UNIT_WORDS: Record<Unit, string[]> = {
  second: ['s', 'sec', 'secs', 'second', 'seconds', 'seconde', 'secondes'],
  minute: ['m', 'mn', 'min', 'mins', 'minute', 'minutes'],
  hour: ['h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures'],
  day: ['d', 'j', 'day', 'days', 'jour', 'jours'],
  week: ['w', 'wk', 'wks', 'week', 'weeks', 'sem', 'sems', 'semaine', 'semaines'],
  month: ['mo', 'mos', 'mth', 'mths', 'month', 'months', 'mois'],
  // "a": Facebook's French short form ("2 a").
  year: ['y', 'yr', 'yrs', 'year', 'years', 'a', 'an', 'ans', 'annee', 'annees'],
};

export const UNIT_OF = new Map<string, Unit>(
  (Object.entries(UNIT_WORDS) as [Unit, string[]][]).flatMap(([unit, words]) => words.map((w) => [w, unit])),
);

/** The length of one unit in ms (months and years as the calendar average, for precision only). */
export const UNIT_MS: Record<Unit, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

/** Number words that stand for one ("an hour ago", "il y a une heure"). */
export const ONE_WORDS = new Set(['a', 'an', 'one', 'un', 'une']);

const MONTH_WORDS: string[][] = [
  ['jan', 'january', 'janv', 'janvier'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier'],
  ['mar', 'march', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai'],
  ['jun', 'june', 'juin'],
  ['jul', 'july', 'juil', 'juillet'],
  ['aug', 'august', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'decembre'],
];

/** Month number (1–12) of a folded month name or abbreviation. */
export const MONTH_OF = new Map<string, number>(MONTH_WORDS.flatMap((words, k) => words.map((w) => [w, k + 1])));

const WEEKDAY_WORDS: string[][] = [
  ['sun', 'sunday', 'dim', 'dimanche'],
  ['mon', 'monday', 'lun', 'lundi'],
  ['tue', 'tues', 'tuesday', 'mar', 'mardi'],
  ['wed', 'wednesday', 'mer', 'mercredi'],
  ['thu', 'thur', 'thurs', 'thursday', 'jeu', 'jeudi'],
  ['fri', 'friday', 'ven', 'vendredi'],
  ['sat', 'saturday', 'sam', 'samedi'],
];

/** Weekday (0 = Sunday) of a folded full weekday name; abbreviations only where no month shares them. */
export const WEEKDAY_OF = new Map<string, number>(
  WEEKDAY_WORDS.flatMap((words, k) => words.filter((w) => !MONTH_OF.has(w)).map((w) => [w, k])),
);

/** Words for "now". */
export const NOW_WORDS = new Set([
  'now',
  'just now',
  'right now',
  'a few seconds ago',
  'few seconds ago',
  'seconds ago',
  'a l instant',
  'maintenant',
  'a l instant meme',
  'il y a quelques secondes',
  'quelques secondes',
  'a moment ago',
]);

export const YESTERDAY_WORDS = new Set(['yesterday', 'hier']);
export const TODAY_WORDS = new Set(['today', 'aujourd hui', 'auj']);
