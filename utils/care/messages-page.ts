// Community care's in-page strings (the "new here", advocate and detractor chips), FR and EN: the
// content script ships them (utils/overlay/i18n.ts); spread into messages.ts for the pages. Kept few
// and short: the content script's budget (tests/build/content-size.test.ts).
export const enCarePage = {
  'care.chip.new': 'New here',
  'care.chip.welcomed': 'Welcomed',
  'care.chip.advocate': 'Advocate · {count} praises in {days} days, answered {answered}',
  'care.chip.detractor': 'Detractor · {count} complaints in {days} days, answered {answered}',
} satisfies Record<string, string>;

export const frCarePage: { [K in keyof typeof enCarePage]: string } = {
  'care.chip.new': 'Nouveau ici',
  'care.chip.welcomed': 'Accueilli',
  'care.chip.advocate': 'Ambassadeur · {count} messages positifs en {days} jours, {answered} avec réponse',
  'care.chip.detractor': 'Détracteur · {count} plaintes en {days} jours, {answered} avec réponse',
};
