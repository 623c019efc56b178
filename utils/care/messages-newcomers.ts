// Community care's strings for newcomers (FR and EN), spread into messages.ts: the side panel's list of
// newcomers to welcome and the options' community places.
export const enNewcomers = {
  'care.newcomers.heading': 'Newcomers to welcome',
  'care.newcomers.intro':
    'People who posted in a brand community for the first time in the last 24 hours and were not welcomed yet.',
  'care.newcomers.empty': 'Nobody new to welcome right now.',
  'care.newcomers.brand': '{brand} ({count})',
  'care.newcomers.firstMessage': 'First message',
  'care.newcomers.noText': 'The message is no longer stored.',
  'care.newcomers.open': 'Go to it',
  'care.newcomers.openLabel': 'Go to the first message of {name}',
  'care.newcomers.welcomed': 'Mark welcomed',
  'care.newcomers.welcomedLabel': 'Mark {name} as welcomed',
  'care.newcomers.welcomedDone': '{name} marked as welcomed.',
  'care.newcomers.welcomedGone': '{name} was already welcomed.',
  'care.newcomers.failed': 'Could not do it: {reason}',
  'care.places.heading': 'Where the community is',
  'care.places.label': 'Community places of {brand}, one per line',
  'care.places.hint':
    'A page, group or profile address (https://www.facebook.com/acme, facebook.com/groups/acme-fans), or r/name ' +
    'for a subreddit. Threads under the brand’s own accounts’ posts count too. Someone posting there for the ' +
    'first time gets a "New here" chip and a welcome suggestion.',
  'care.places.save': 'Save the places',
  'care.places.saved': 'Community places of {brand} saved.',
  'care.places.failed': 'Could not save the places: {reason}',
  'care.places.invalid': 'Line {line} is not a place: “{entry}”. Give a page address or r/name.',
  'care.places.tooMany': 'At most {max} places.',
  'care.places.tooLong': 'Line {line} is longer than {max} characters.',
  // The snippet library's kinds (utils/snippets/ui): welcome and thanks snippets are community care's.
  // Team sync's name for a shared welcome (a conflict on it names the table).
  'sync.table.welcomes': 'Welcome of',
  'snippet.field.kind': 'Kind',
  'snippet.hint.kind':
    'Reply: offered for ordinary comments. Welcome: offered on a newcomer’s "New here" chip. Thanks: offered on ' +
    'an advocate’s chip.',
  'snippet.kind.reply': 'Reply',
  'snippet.kind.welcome': 'Welcome',
  'snippet.kind.thanks': 'Thanks',
  'snippet.kindFilter': 'Show',
  'snippet.kindFilter.all': 'All kinds',
} satisfies Record<string, string>;

export const frNewcomers: { [K in keyof typeof enNewcomers]: string } = {
  'care.newcomers.heading': 'Nouveaux à accueillir',
  'care.newcomers.intro':
    'Les personnes qui ont écrit pour la première fois dans une communauté de marque ces dernières 24 heures ' +
    'et qui n’ont pas encore été accueillies.',
  'care.newcomers.empty': 'Personne de nouveau à accueillir pour l’instant.',
  'care.newcomers.brand': '{brand} ({count})',
  'care.newcomers.firstMessage': 'Premier message',
  'care.newcomers.noText': 'Le message n’est plus conservé.',
  'care.newcomers.open': 'Y aller',
  'care.newcomers.openLabel': 'Aller au premier message de {name}',
  'care.newcomers.welcomed': 'Marquer comme accueilli',
  'care.newcomers.welcomedLabel': 'Marquer {name} comme accueilli',
  'care.newcomers.welcomedDone': '{name} est marqué comme accueilli.',
  'care.newcomers.welcomedGone': '{name} avait déjà été accueilli.',
  'care.newcomers.failed': 'Impossible : {reason}',
  'care.places.heading': 'Où est la communauté',
  'care.places.label': 'Lieux de la communauté {brand}, un par ligne',
  'care.places.hint':
    'L’adresse d’une page, d’un groupe ou d’un profil (https://www.facebook.com/acme, facebook.com/groups/acme-fans), ' +
    'ou r/nom pour un subreddit. Les fils sous les publications des comptes de la marque comptent aussi. ' +
    'Quelqu’un qui y écrit pour la première fois reçoit une puce « Nouveau ici » et une suggestion de bienvenue.',
  'care.places.save': 'Enregistrer les lieux',
  'care.places.saved': 'Lieux de la communauté {brand} enregistrés.',
  'care.places.failed': 'Impossible d’enregistrer les lieux : {reason}',
  'care.places.invalid': 'La ligne {line} n’est pas un lieu : « {entry} ». Donnez l’adresse d’une page ou r/nom.',
  'care.places.tooMany': '{max} lieux au plus.',
  'care.places.tooLong': 'La ligne {line} dépasse {max} caractères.',
  'sync.table.welcomes': 'Accueil de',
  'snippet.field.kind': 'Type',
  'snippet.hint.kind':
    'Réponse : proposée pour les commentaires ordinaires. Bienvenue : proposée sur la puce « Nouveau ici » d’un ' +
    'nouveau venu. Remerciement : proposé sur la puce d’un ambassadeur.',
  'snippet.kind.reply': 'Réponse',
  'snippet.kind.welcome': 'Bienvenue',
  'snippet.kind.thanks': 'Remerciement',
  'snippet.kindFilter': 'Afficher',
  'snippet.kindFilter.all': 'Tous les types',
};
