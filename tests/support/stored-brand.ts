// The fields schema v8 added to a stored brand, at their values for a brand with no community care
// set up: test fixtures spread it so they stay valid Brands (as V7_ITEM does for items).
import type { Brand } from '../../utils/mentions/core/brand';

export const V8_BRAND: Pick<Brand, 'communities' | 'charter' | 'holdingStatements' | 'crisisChecklist'> = {
  communities: [],
  charter: { clauses: [] },
  holdingStatements: [],
  crisisChecklist: [],
};
