// The tone of voice's strings (profile form, live preview, snippet library), in English and French.
// Spread into `en` / `fr` in messages.ts. Validation keys (error.*) are those utils/core/tone/profile.ts emits.

export const enTone = {
  'error.number': 'This must be a number.',
  'error.integer': 'This must be a whole number.',
  'error.range': 'This number is out of range.',
  'error.address': 'The form of address must be “tu” or “vous”.',
  'error.register': 'The register must be casual, neutral or formal.',
  'error.emojiPolicy': 'The emoji policy must be none, sparing or free.',
  'error.platform': 'The platform must be X, Facebook, Reddit or LinkedIn.',
  'error.unknownBrand': 'This brand no longer exists.',
  'error.snippetDuplicate': 'Another snippet of this language already has this name.',
} satisfies Record<string, string>;

export const frTone: { [K in keyof typeof enTone]: string } = {
  'error.number': 'Il faut un nombre.',
  'error.integer': 'Il faut un nombre entier.',
  'error.range': 'Ce nombre est hors des limites.',
  'error.address': 'La forme d’adresse doit être « tu » ou « vous ».',
  'error.register': 'Le registre doit être familier, neutre ou soutenu.',
  'error.emojiPolicy': 'La règle des emoji doit être : aucun, avec modération ou libre.',
  'error.platform': 'La plateforme doit être X, Facebook, Reddit ou LinkedIn.',
  'error.unknownBrand': 'Cette marque n’existe plus.',
  'error.snippetDuplicate': 'Une autre réponse type de cette langue porte déjà ce nom.',
};
