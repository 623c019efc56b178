// The charter's in-page strings (the clause a troll card names), FR and EN: the content script ships
// them (utils/overlay/i18n.ts); spread into messages.ts for the pages.
export const enCharterPage = {
  'care.charter.breaks': 'Breaks clause {n} of the charter — {title}',
} satisfies Record<string, string>;

export const frCharterPage: { [K in keyof typeof enCharterPage]: string } = {
  'care.charter.breaks': 'Enfreint l’article {n} de la charte — {title}',
};
