// Community care's in-page strings (the "new here", advocate and detractor chips and their card), FR
// and EN: the content script ships them (utils/overlay/i18n.ts); spread into messages.ts for the pages.
export const enCarePage = {
  'care.chip.new': 'New here',
  'care.chip.newName': 'New here: {author} posts in this community for the first time. Open for a welcome.',
  'care.chip.newDetail': 'First time Tact sees {author} post in this community. A personal welcome makes them stay.',
  'care.chip.advocate': 'Advocate · {count} praises in {days} days, answered {answered}',
  'care.chip.advocateName':
    'Advocate: {author}, {count} praises in {days} days, answered {answered}. Open to thank them.',
  'care.chip.detractor': 'Detractor · {count} complaints in {days} days, answered {answered}',
  'care.chip.detractorName':
    'Detractor: {author}, {count} complaints in {days} days, answered {answered}. Open for the detail.',
  'care.chip.detractorDetail':
    'Unhappy more than once lately: answer the substance, in private if needed. Not a troll: no moderation.',
  'care.chip.close': 'Close',
} satisfies Record<string, string>;

export const frCarePage: { [K in keyof typeof enCarePage]: string } = {
  'care.chip.new': 'Nouveau ici',
  'care.chip.newName':
    'Nouveau ici : {author} écrit pour la première fois dans cette communauté. Ouvrir pour lui souhaiter la bienvenue.',
  'care.chip.newDetail':
    'Première fois que Tact voit {author} écrire dans cette communauté. ' +
    'Un mot d’accueil personnel donne envie de rester.',
  'care.chip.advocate': 'Ambassadeur · {count} messages positifs en {days} jours, {answered} avec réponse',
  'care.chip.advocateName':
    'Ambassadeur : {author}, {count} messages positifs en {days} jours, {answered} avec réponse. ' +
    'Ouvrir pour le remercier.',
  'care.chip.detractor': 'Détracteur · {count} plaintes en {days} jours, {answered} avec réponse',
  'care.chip.detractorName':
    'Détracteur : {author}, {count} plaintes en {days} jours, {answered} avec réponse. Ouvrir pour le détail.',
  'care.chip.detractorDetail':
    'Mécontent plusieurs fois ces derniers temps : répondez sur le fond, en privé si besoin. ' +
    'Pas un troll : aucune modération.',
  'care.chip.close': 'Fermer',
};
