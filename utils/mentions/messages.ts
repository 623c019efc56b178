// Strings of the triage status control (kept apart from messages.ts so branches merge cleanly).
export const enMatcher = {
  'item.statusReverted': 'The status was not changed, it is still “{status}”: {reason}',
} satisfies Record<string, string>;

export const frMatcher: { [K in keyof typeof enMatcher]: string } = {
  'item.statusReverted': 'Le statut n’a pas été changé, il reste « {status} » : {reason}',
};
