// The tags of the elements Tact adds to pages besides the mention badge (badge.ts).
export const FLAG_TAG = 'tact-flag';
export const CHIP_TAG = 'tact-chip';
/** Community care's chip next to an author: new here, advocate or detractor (care/page/care-chip.ts). */
export const CARE_TAG = 'tact-care';
