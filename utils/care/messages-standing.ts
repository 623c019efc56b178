// Community care's strings for advocates and detractors (the side panel's lists), FR and EN, spread
// into messages.ts. The in-page chips' strings live in messages-page.ts (shipped with the content script).
export const enStanding = {
  'care.standing.heading': 'Advocates and detractors',
  'care.standing.intro':
    'From the last {days} days of stored mentions: an advocate praised the brand at least 3 times, ' +
    'a detractor complained at least 3 times (trolls are never listed here).',
  'care.standing.advocates': 'Advocates',
  'care.standing.detractors': 'Detractors',
  'care.standing.noAdvocates': 'No advocate yet: nobody has praised the brand 3 times in the last {days} days.',
  'care.standing.noDetractors': 'No detractor: nobody has complained 3 times in the last {days} days.',
  'care.standing.advocateCounts': '{count} praises in {days} days, answered {answered}',
  'care.standing.detractorCounts': '{count} complaints in {days} days, answered {answered}',
  'care.standing.otherSide.advocate': '{count} negative',
  'care.standing.otherSide.detractor': '{count} positive',
  'care.standing.lastMessages': 'Last messages of {name}',
  'care.standing.open': 'Go to it',
  'care.standing.openLabel': 'Go to the message of {name} from {when}',
  'care.standing.note': 'Note on {name}',
  'care.standing.noteHint': 'Kept with the author: the author chip on the page shows it too. Labels are kept.',
  'care.standing.saveNote': 'Save the note',
  'care.standing.noteSaved': 'Note on {name} saved.',
  'care.standing.noteFailed': 'Could not save the note on {name}: {reason}',
  'care.standing.noAuthor': 'Tact has no record of this author any more.',
  'care.standing.labels': 'Labels: {labels}',
  'care.standing.more': '{count} more not shown.',
} satisfies Record<string, string>;

export const frStanding: { [K in keyof typeof enStanding]: string } = {
  'care.standing.heading': 'Ambassadeurs et détracteurs',
  'care.standing.intro':
    'D’après les mentions des {days} derniers jours : un ambassadeur a fait l’éloge de la marque au moins ' +
    '3 fois, un détracteur s’est plaint au moins 3 fois (les trolls n’apparaissent jamais ici).',
  'care.standing.advocates': 'Ambassadeurs',
  'care.standing.detractors': 'Détracteurs',
  'care.standing.noAdvocates':
    'Pas encore d’ambassadeur : personne n’a fait 3 fois l’éloge de la marque ces {days} derniers jours.',
  'care.standing.noDetractors': 'Aucun détracteur : personne ne s’est plaint 3 fois ces {days} derniers jours.',
  'care.standing.advocateCounts': '{count} messages positifs en {days} jours, {answered} avec réponse',
  'care.standing.detractorCounts': '{count} plaintes en {days} jours, {answered} avec réponse',
  'care.standing.otherSide.advocate': '{count} négatif(s)',
  'care.standing.otherSide.detractor': '{count} positif(s)',
  'care.standing.lastMessages': 'Derniers messages de {name}',
  'care.standing.open': 'Y aller',
  'care.standing.openLabel': 'Aller au message de {name} du {when}',
  'care.standing.note': 'Note sur {name}',
  'care.standing.noteHint':
    'Gardée avec l’auteur : la puce de l’auteur sur la page l’affiche aussi. Les étiquettes sont conservées.',
  'care.standing.saveNote': 'Enregistrer la note',
  'care.standing.noteSaved': 'Note sur {name} enregistrée.',
  'care.standing.noteFailed': 'Impossible d’enregistrer la note sur {name} : {reason}',
  'care.standing.noAuthor': 'Tact n’a plus de trace de cet auteur.',
  'care.standing.labels': 'Étiquettes : {labels}',
  'care.standing.more': '{count} autres non affichés.',
};
