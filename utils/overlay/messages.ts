// Strings of where an inserted reply went, in English and French. Kept apart from messages.ts so
// parallel work merges cleanly; spread into en / fr there.

export const enPageLang = {
  'insert.inPostBox': "This comment has no reply box open: the reply was put in the post's reply box.",
};

export const frPageLang: { [K in keyof typeof enPageLang]: string } = {
  'insert.inPostBox':
    'Ce commentaire n’a pas de champ de réponse ouvert : ' +
    'la réponse a été mise dans le champ de réponse de la publication.',
};
