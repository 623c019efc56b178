// Strings of a CM's correction of a mention's intent and sentiment (the inbox card).
export const enCorrections = {
  'correct.legend': 'Correct Tact’s reading',
  'correct.hint': 'Your correction counts in reports. Choosing Tact’s reading again undoes it.',
  'correct.intent': 'Intent',
  'correct.sentiment': 'Sentiment',
  'sentiment.negative': 'Negative',
  'sentiment.neutral': 'Neutral',
  'sentiment.positive': 'Positive',
  'correct.saved': '{field} corrected to “{value}”.',
  'correct.undone': '{field} back to Tact’s reading, “{value}”.',
  'correct.failed': 'The correction was not saved: {reason}',
  'correct.notFound': 'This mention is no longer stored: nothing was corrected.',
  'correct.note': 'Corrected by {by}. Tact read: {values}.',
  'correct.noteAnon': 'Corrected. Tact read: {values}.',
  'error.nothingToCorrect': 'Choose an intent or a sentiment to correct.',
} satisfies Record<string, string>;

export const frCorrections: { [K in keyof typeof enCorrections]: string } = {
  'correct.legend': 'Corriger la lecture de Tact',
  'correct.hint': 'Votre correction compte dans les rapports. Revenir à la lecture de Tact l’annule.',
  'correct.intent': 'Intention',
  'correct.sentiment': 'Tonalité',
  'sentiment.negative': 'Négative',
  'sentiment.neutral': 'Neutre',
  'sentiment.positive': 'Positive',
  'correct.saved': '{field} corrigée : « {value} ».',
  'correct.undone': '{field} revenue à la lecture de Tact, « {value} ».',
  'correct.failed': 'La correction n’a pas été enregistrée : {reason}',
  'correct.notFound': 'Cette mention n’est plus enregistrée : rien n’a été corrigé.',
  'correct.note': 'Corrigé par {by}. Tact avait lu : {values}.',
  'correct.noteAnon': 'Corrigé. Tact avait lu : {values}.',
  'error.nothingToCorrect': 'Choisissez une intention ou une tonalité à corriger.',
};
