// The tags of the elements Tact adds to pages besides the mention badge (badge.ts).
export const FLAG_TAG = 'tact-flag';
export const CHIP_TAG = 'tact-chip';
