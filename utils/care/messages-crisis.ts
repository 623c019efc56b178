// Community care's strings for crisis (FR and EN), spread into messages.ts.
export const enCrisis = {} satisfies Record<string, string>;

export const frCrisis: { [K in keyof typeof enCrisis]: string } = {};
