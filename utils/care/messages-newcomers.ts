// Community care's strings for newcomers (FR and EN), spread into messages.ts.
export const enNewcomers = {} satisfies Record<string, string>;

export const frNewcomers: { [K in keyof typeof enNewcomers]: string } = {};
