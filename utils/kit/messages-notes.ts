// Strings of a subscribed brand kit's troll notes as the page shows them, in English and French.
// Kept apart from messages.ts so parallel work merges cleanly; spread into en / fr there.

export const enKitNotes = {
  'kitNotes.chip.from': 'from {kit} kit',
  'kitNotes.chip.detail': 'from {kit} kit (read-only): {what}',
  'kitNotes.chip.note': 'note: {note}',
  'kitNotes.chip.unseen': 'not seen by Tact yet',
  'sub.trollNotes': '{count} notes on authors, shown beside yours (never mixed into them).',
};

export const frKitNotes: { [K in keyof typeof enKitNotes]: string } = {
  'kitNotes.chip.from': 'du kit {kit}',
  'kitNotes.chip.detail': 'du kit {kit} (lecture seule) : {what}',
  'kitNotes.chip.note': 'note : {note}',
  'kitNotes.chip.unseen': 'pas encore vu par Tact',
  'sub.trollNotes': '{count} notes sur des auteurs, affichées à côté des vôtres (jamais mêlées).',
};
