// The brand kit against the database: export what is stored, plan an import (dry run), apply it in
// one transaction. The rules live in utils/kit/core; this file only reads and writes.
import { brandSchema } from '../mentions/core/brand';
import { snippetSchema } from '../snippets/core/snippet';
import { toneProfileSchema } from '../tone/core/profile';
import { buildKit, formatPath, naturalKey, parseKit, type Kit, type KitIssue } from './core/document';
import { mergeKit, type Choices, type LocalState, type Plan } from './core/merge';
import type { Platform } from '../platforms/ids';
import type { TactDB } from '../db/schema';
import { isSubscribed } from './subscriptions-repo';

export type KitSelection = 'all' | 'snippets';

/** The kit of what this browser holds: everything, or the snippet library alone. */
export async function exportKit(db: TactDB, selection: KitSelection, now = Date.now()): Promise<Kit> {
  return db.transaction('r', [db.brands, db.toneProfiles, db.snippets, db.authors], async () => {
    // A subscribed kit's records are its publisher's: exporting them again would fork them.
    const snippets = (await db.snippets.orderBy('name').toArray()).filter((r) => !isSubscribed(r));
    if (selection === 'snippets') return buildKit({ snippets }, now);
    const brands = (await db.brands.orderBy('name').toArray()).filter((r) => !isSubscribed(r));
    const toneProfiles = (await db.toneProfiles.toArray())
      .filter((r) => !isSubscribed(r))
      .map((p, i) => {
        // The row's name is the profile's name: a profile saved without one inside its data still exports.
        const data = toneProfileSchema.safeParse({
          ...p.data,
          name: typeof p.data.name === 'string' ? p.data.name : p.name,
        });
        if (!data.success) {
          const at = formatPath(['toneProfiles', i, 'data', ...data.error.issues[0]!.path]);
          throw new Error(`Tone profile “${p.name}” cannot be exported (${at}: ${data.error.issues[0]!.message}).`);
        }
        return { id: p.id, brandId: p.brandId, name: p.name, data: data.data, updatedAt: p.updatedAt };
      });
    // Only authors someone wrote something about: the table also lists everyone Tact merely saw.
    const notes = await db.authors.filter((a) => a.notes.trim() !== '' || a.labels.length > 0).toArray();
    const trollNotes = notes
      .filter((a) => a.handle.trim() !== '')
      .map((a) => ({
        platform: a.platform,
        handle: a.handle,
        ...(a.name ? { name: a.name } : {}),
        labels: a.labels,
        notes: a.notes,
      }));
    return buildKit(
      {
        brands,
        toneProfiles: toneProfiles.filter((p) => brands.some((b) => b.id === p.brandId)),
        snippets,
        trollNotes,
      },
      now,
    );
  });
}

async function readLocal(db: TactDB, kit: Kit): Promise<LocalState> {
  const keys = kit.trollNotes.map(naturalKey.trollNote);
  // Subscribed records are not the user's library: an import neither matches nor changes them.
  const own = <T extends object>(rows: T[]) => rows.filter((r) => !isSubscribed(r));
  const [brands, toneProfiles, snippets, authors] = await Promise.all([
    db.brands.toArray().then(own),
    db.toneProfiles.toArray().then(own),
    db.snippets.toArray().then(own),
    db.authors.bulkGet(keys),
  ]);
  // Compared in the form a kit holds them (defaults filled in): a row saved by an older version must
  // not look "changed" against its own export.
  const normal = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, row: T): T => {
    const r = schema.safeParse(row);
    return r.success ? ({ ...row, ...(r.data as object) } as T) : row;
  };
  return {
    brands: brands.map((b) => normal(brandSchema, b)),
    toneProfiles: toneProfiles.map((p) => {
      const data = toneProfileSchema.safeParse({
        ...p.data,
        name: typeof p.data.name === 'string' ? p.data.name : p.name,
      });
      return data.success ? { ...p, data: data.data } : p;
    }),
    snippets: snippets.map((sn) => normal(snippetSchema, sn)),
    authors: authors.filter((a) => a !== undefined),
  };
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: KitIssue[] };
export type ApplyResult =
  | { ok: true; plan: Plan; added: number; updated: number; copies: number; merged: number }
  | { ok: false; issues: KitIssue[] };

/** The dry run: what importing `text` with `choices` would do. Writes nothing. */
export async function planImport(db: TactDB, text: string, choices: Choices, now = Date.now()): Promise<PlanResult> {
  const parsed = parseKit(text);
  if (!parsed.ok) return parsed;
  const local = await db.transaction('r', [db.brands, db.toneProfiles, db.snippets, db.authors], () =>
    readLocal(db, parsed.kit),
  );
  return { ok: true, plan: mergeKit(local, parsed.kit, choices, { now, newId: () => crypto.randomUUID() }).plan };
}

/**
 * The import itself, planned again inside the transaction (the library may have changed since the
 * preview) and written all at once: an error part-way leaves the database as it was.
 */
export async function applyImport(db: TactDB, text: string, choices: Choices, now = Date.now()): Promise<ApplyResult> {
  const parsed = parseKit(text);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', [db.brands, db.toneProfiles, db.snippets, db.authors], async () => {
    const local = await readLocal(db, parsed.kit);
    const { plan, writes } = mergeKit(local, parsed.kit, choices, { now, newId: () => crypto.randomUUID() });
    await db.brands.bulkPut(writes.brands);
    await db.toneProfiles.bulkPut(writes.toneProfiles);
    await db.snippets.bulkPut(writes.snippets);
    await db.authors.bulkPut(writes.authors.map((a) => ({ ...a, platform: a.platform as Platform })));
    const count = (action: string) => plan.entries.filter((e) => e.action === action).length;
    return {
      ok: true as const,
      plan,
      added: count('add'),
      updated: count('update'),
      copies: count('copy'),
      merged: count('merge'),
    };
  });
}
