// Community care's in-page strings (the "new here", advocate and detractor chips and their card), FR
// and EN: the content script ships them (utils/overlay/i18n.ts); spread into messages.ts for the pages.
export const enCarePage = {} satisfies Record<string, string>;

export const frCarePage: { [K in keyof typeof enCarePage]: string } = {};
