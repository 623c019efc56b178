// Strings of the mentions' background and triage (kept apart from messages.ts so branches merge cleanly).
export const enMatcher = {
  'item.statusReverted': 'The status was not changed, it is still “{status}”: {reason}',
  // The badge's name starts with what it shows, so speech input and the eye agree (WCAG 2.5.3).
  'badge.name': '{label}. Tact: open the details',
  'alert.notify.title': 'Tact: spike of negative mentions for {brand}',
  'alert.notify.message': '{recent} negative or urgent mentions in the last hour (usually {usual}). Open the inbox.',
} satisfies Record<string, string>;

export const frMatcher: { [K in keyof typeof enMatcher]: string } = {
  'item.statusReverted': 'Le statut n’a pas été changé, il reste « {status} » : {reason}',
  'badge.name': '{label}. Tact : voir le détail',
  'alert.notify.title': 'Tact : pic de mentions négatives pour {brand}',
  'alert.notify.message':
    "{recent} mentions négatives ou urgentes dans la dernière heure (d'habitude {usual}). " +
    'Ouvrez la boîte de réception.',
};
