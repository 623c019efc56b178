// Community care's strings for charter (FR and EN), spread into messages.ts.
export const enCharter = {} satisfies Record<string, string>;

export const frCharter: { [K in keyof typeof enCharter]: string } = {};
