import { describe, expect, it } from 'vitest';
import { ownBrandOf } from '../../utils/mentions/core/own';

const acme = { id: 'acme', handles: ['@acme'], ownAccounts: ['@acme_support', 'Acme'], competitor: false };
const rival = { id: 'rival', handles: ['@rival'], ownAccounts: [], competitor: true };
const who = (name: string, handle: string, url = '') => ({ name, handle, url });

describe('ownBrandOf', () => {
  it('knows an own account by @handle on X and by u/handle on Reddit', () => {
    expect(ownBrandOf(who('Acme', '@acme'), [acme])).toBe('acme');
    expect(ownBrandOf(who('acme_support', 'u/acme_support'), [acme])).toBe('acme');
    expect(ownBrandOf(who('acme_support_fan', 'u/acme_support_fan'), [acme])).toBeNull();
  });

  it('knows a page by its name, and never a competitor’s accounts', () => {
    expect(ownBrandOf(who('Acme', 'acme'), [acme])).toBe('acme');
    expect(ownBrandOf(who('Sam', 'u/sam'), [acme])).toBeNull();
    expect(ownBrandOf(who('Rival', '@rival'), [acme, rival])).toBeNull();
  });
});
