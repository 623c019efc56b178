// Community care's strings for standing (FR and EN), spread into messages.ts.
export const enStanding = {} satisfies Record<string, string>;

export const frStanding: { [K in keyof typeof enStanding]: string } = {};
