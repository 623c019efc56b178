// Puts generated report rows (tests/support/report-quarter-rows.ts) into the loaded extension's
// IndexedDB, from one of its pages, with the plain IndexedDB API: once the background has opened the
// database at schema v7, before the report page opens (so its first read sees them). Brands already
// stored under the same name (the demo's Acme) are kept, and the rows point at them. Its database
// helpers (wait for a schema version, read a store, write rows) serve other seeding tests too.
import type { BrowserContext, Page } from 'playwright-core';
import type { QuarterRows } from './report-quarter-rows';

const CHUNK = 4000;
/** Dexie stores version n as IndexedDB version 10 × n. */
const MIN_IDB_VERSION = 70;

/**
 * Waits for the extension's database at IndexedDB version `min` or later (schema v7 by default);
 * returns its IndexedDB version.
 */
export async function waitForDatabase(page: Page, min = MIN_IDB_VERSION, timeout = 15_000): Promise<number> {
  const handle = await page.waitForFunction(
    async (min) => {
      const dbs = await indexedDB.databases();
      const tact = dbs.find((d) => d.name === 'tact');
      return tact && (tact.version ?? 0) >= min ? tact.version : false;
    },
    min,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** Writes `rows` into store `store` (put: keyed stores replace, auto-increment stores add). */
export async function putRows(page: Page, store: string, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await page.evaluate(
      ({ store, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(store, 'readwrite');
            const os = tx.objectStore(store);
            for (const row of rows) os.put(row);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => (db.close(), reject(tx.error));
          };
        }),
      { store, rows: rows.slice(i, i + CHUNK) as unknown[] },
    );
  }
}

/** Every row of store `store` of the extension's database. */
export async function storeRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tact');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => (db.close(), resolve(req.result as T[]));
          req.onerror = () => (db.close(), reject(req.error));
        };
      }),
    store,
  );
}

/** The brands stored in the extension's database. */
export function existingBrands(page: Page): Promise<{ id: string; name: string }[]> {
  return storeRows<{ id: string; name: string }>(page, 'brands');
}

/** The rows with brand ids replaced where a brand of the same name is already stored. */
export function remapBrands(rows: QuarterRows, stored: readonly { id: string; name: string }[]): QuarterRows {
  const map = new Map<string, string>();
  for (const b of rows.brands) {
    const same = stored.find((s) => s.name.toLowerCase() === b.name.toLowerCase());
    if (same) map.set(b.id, same.id);
  }
  if (map.size === 0) return rows;
  const id = (b: string) => map.get(b) ?? b;
  return {
    ...rows,
    brands: rows.brands.filter((b) => !map.has(b.id)),
    items: rows.items.map((i) => ({ ...i, brandIds: i.brandIds.map(id) })),
    incidents: rows.incidents.map((i) => ({ ...i, brandId: id(i.brandId) })),
  };
}

export interface SeedOptions {
  /** Keep the settings row already stored (the demo's), else write the quarter's (timezone, CM name). */
  keepSettings?: boolean;
}

/** Seeds the rows; returns the brand ids as stored (the quarter's own, or the existing ones they map to). */
export async function seedReportRows(
  context: BrowserContext,
  extensionId: string,
  rows: QuarterRows,
  opts: SeedOptions = {},
): Promise<QuarterRows> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await waitForDatabase(page);
    const mapped = remapBrands(rows, await existingBrands(page));
    const tables: [string, readonly unknown[]][] = [
      ['brands', mapped.brands],
      ['items', mapped.items],
      ['replies', mapped.replies],
      ['events', mapped.events],
      ['verdicts', mapped.verdicts],
      ['incidents', mapped.incidents],
      ['settings', opts.keepSettings ? [] : mapped.settings],
    ];
    for (const [store, list] of tables) await putRows(page, store, list);
    return mapped;
  } finally {
    await page.close();
  }
}
