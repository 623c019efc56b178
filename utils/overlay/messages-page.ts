// The overlay's own strings (badge, card, intents, inserting a reply), FR and EN: the content script
// ships them (utils/overlay/i18n.ts); spread into i18n/messages.ts for the extension's pages.
export const enOverlay = {
  'common.cancel': 'Cancel',
  'insert.copied':
    'Tact could not type the reply into this box: it is in your clipboard. Click the reply box and paste ' +
    '(Ctrl+V / ⌘V).',
  'insert.failed': 'Tact could not type the reply into this box, nor copy it. Open the reply box and try again.',
  'card.title': 'Tact: mentions {brands}. Open the details',
  'card.brands': 'Brand',
  'card.intent': 'Intent',
  'card.sentiment': 'Tone',
  'card.priority': 'Priority',
  'card.nextStep': 'Next step',
  'card.negative': 'negative',
  'card.neutral': 'neutral',
  'card.positive': 'positive',
  'intent.question': 'Question',
  'intent.complaint': 'Complaint',
  'intent.praise': 'Praise',
  'intent.purchase_intent': 'Purchase intent',
  'intent.urgent': 'Urgent',
  'intent.other': 'Other',
  'badge.name': '{label}. Tact: open the details',
  'ours.badge': 'Our account',
  // Starts with what it shows (WCAG 2.5.3), like the badge's name.
  'ours.badge.name': 'Our account ({account}): not a mention to handle',
};

export const frOverlay: { [K in keyof typeof enOverlay]: string } = {
  'common.cancel': 'Annuler',
  'insert.copied':
    'Tact n’a pas pu écrire la réponse dans ce champ : elle est dans votre presse-papiers. Cliquez dans le ' +
    'champ de réponse et collez (Ctrl+V / ⌘V).',
  'insert.failed':
    'Tact n’a pas pu écrire la réponse dans ce champ, ni la copier. Ouvrez le champ de réponse et réessayez.',
  'card.title': 'Tact : mentionne {brands}. Voir le détail',
  'card.brands': 'Marque',
  'card.intent': 'Intention',
  'card.sentiment': 'Ton',
  'card.priority': 'Priorité',
  'card.nextStep': 'Prochaine étape',
  'card.negative': 'négatif',
  'card.neutral': 'neutre',
  'card.positive': 'positif',
  'intent.question': 'Question',
  'intent.complaint': 'Réclamation',
  'intent.praise': 'Compliment',
  'intent.purchase_intent': 'Intention d’achat',
  'intent.urgent': 'Urgent',
  'intent.other': 'Autre',
  'badge.name': '{label}. Tact : voir le détail',
  'ours.badge': 'Notre compte',
  'ours.badge.name': 'Notre compte ({account}) : pas une mention à traiter',
};
