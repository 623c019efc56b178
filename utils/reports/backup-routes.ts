// The full backup's messages (backup.*): export every local table to one JSON text, plan a restore
// (dry run), restore. Extension pages only: a content script never reads or writes data in bulk.
import { z } from '../shared/zod';
import { route } from '../messaging/route';

/** Larger than any real library (100,000 items are about 100 MB of JSON), small enough to refuse abuse. */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

const counts = z.object({ added: z.number(), changed: z.number(), unchanged: z.number() });
const refused = z.object({
  ok: z.literal(false),
  /** An i18n key: backup.error.notJson | format | newer | invalid. */
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
const planned = z.object({
  ok: z.literal(true),
  plan: z.record(z.string(), counts),
  schemaVersion: z.number(),
  exportedAt: z.string(),
});
const backupText = z.string().max(MAX_BACKUP_CHARS, 'backup.error.tooLarge');

export const backupRoutes = {
  /** The backup file's text, and how many rows of each table it holds. */
  'backup.export': route(
    ['page'],
    z.object({}).default({}),
    z.object({ json: z.string(), rows: z.record(z.string(), z.number()), exportedAt: z.string() }),
  ),
  /** Dry run: what restoring this text would add and change, per table. Changes nothing. */
  'backup.plan': route(['page'], z.object({ text: backupText }), z.union([planned, refused])),
  /** Restores the text in one transaction (local rows it does not hold are kept); a refused file changes nothing. */
  'backup.restore': route(['page'], z.object({ text: backupText }), z.union([planned, refused])),
} as const;
