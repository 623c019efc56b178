// Strings of the mentions' background and triage (kept apart from messages.ts so branches merge cleanly).
export const enMatcher = {
  'item.statusReverted': 'The status was not changed, it is still “{status}”: {reason}',
  // The badge's name starts with what it shows, so speech input and the eye agree (WCAG 2.5.3).
  'alert.notify.title': 'Tact: spike of negative mentions for {brand}',
  'alert.notify.message': '{recent} negative or urgent mentions in the last hour (usually {usual}). Open the inbox.',
  'brand.field.ownAccounts': 'Our accounts',
  'brand.hint.ownAccounts':
    'One per line: an @handle (X, Reddit), a page name as the site shows it (Facebook, LinkedIn) or a profile URL. ' +
    'What they write is never a mention to handle, and marks what it answers as answered. ' +
    'The @handles above count too.',
  'brand.field.competitor': 'Competitor',
  'brand.hint.competitor': 'Its mentions are counted for comparison (share of voice), not handled in the inbox.',
  'brand.competitor.check': 'Competitor (tracked for comparison)',
} satisfies Record<string, string>;

export const frMatcher: { [K in keyof typeof enMatcher]: string } = {
  'item.statusReverted': 'Le statut n’a pas été changé, il reste « {status} » : {reason}',
  'alert.notify.title': 'Tact : pic de mentions négatives pour {brand}',
  'alert.notify.message':
    "{recent} mentions négatives ou urgentes dans la dernière heure (d'habitude {usual}). " +
    'Ouvrez la boîte de réception.',
  'brand.field.ownAccounts': 'Nos comptes',
  'brand.hint.ownAccounts':
    'Un par ligne : un @identifiant (X, Reddit), le nom d’une page tel que le site l’affiche (Facebook, LinkedIn) ' +
    'ou l’URL d’un profil. Ce qu’ils écrivent n’est jamais une mention à traiter, et marque comme répondu ce ' +
    'à quoi ils répondent. Les @identifiants ci-dessus comptent aussi.',
  'brand.field.competitor': 'Concurrent',
  'brand.hint.competitor': 'Ses mentions sont comptées pour comparaison (part de voix), pas traitées dans la boîte.',
  'brand.competitor.check': 'Concurrent (suivi pour comparaison)',
};
