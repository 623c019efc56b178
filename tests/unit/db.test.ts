import { describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import { LATEST_VERSION, TactDB, VERSIONS } from '../../utils/db/schema';
import { checkMigration, SAMPLES } from '../support/migrations';

describe('TactDB', () => {
  it('declares every version in order, the latest last', () => {
    // Gaps are allowed (versions are reserved by parallel work); order is not negotiable.
    const versions = VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it('has a sample row for every table of every version, so migrations are checked on real data', () => {
    for (const v of VERSIONS) {
      const tables = Object.entries(v.stores)
        .filter(([, s]) => s !== null)
        .map(([t]) => t);
      expect(Object.keys(SAMPLES[v.version] ?? {}).sort()).toEqual(tables.sort());
    }
  });

  it('keeps every row when a database written by each version opens under the latest', async () => {
    for (const v of VERSIONS) {
      expect(await checkMigration(`mig-${v.version}-${Math.random()}`, v.version, LATEST_VERSION)).toEqual([]);
    }
  });

  it('reports rows lost by a migration (the harness itself can fail)', async () => {
    const lossy = [
      ...VERSIONS,
      { version: LATEST_VERSION + 1, stores: {}, upgrade: (tx: Transaction) => tx.table('brands').clear() },
    ];
    const lost = await checkMigration(`lossy-${Math.random()}`, LATEST_VERSION, LATEST_VERSION + 1, lossy);
    expect(lost).toContain('brands: row b1 missing');
  });

  it('stores and reads back a brand and an item with all their fields', async () => {
    const db = new TactDB(`rw-${Math.random()}`);
    await db.brands.put(SAMPLES[1]!.brands as never);
    expect(await db.brands.get('b1')).toEqual(SAMPLES[1]!.brands);
    db.close();
  });
});
