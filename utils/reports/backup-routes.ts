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
/** Chrome refuses a message over 64 MiB: a larger file goes in parts (backup.stage), then by its id. */
export const MAX_CHUNK_CHARS = 16 * 1024 * 1024;
const stagedId = z.string().regex(/^[\w-]{1,64}$/);
/** The file's text, or the id of a file sent in parts. */
const source = z.union([z.object({ text: backupText }), z.object({ staged: stagedId })]);

export const backupRoutes = {
  /** The backup file's text, and how many rows of each table it holds. */
  'backup.export': route(
    ['page'],
    z.object({}).default({}),
    z.object({ json: z.string(), rows: z.record(z.string(), z.number()), exportedAt: z.string() }),
  ),
  /**
   * One part of a file too large for one message, kept in the background's memory until the file is
   * restored or another file is staged (one at a time); parts may come in any order.
   */
  'backup.stage': route(
    ['page'],
    z.object({
      id: stagedId,
      index: z.number().int().min(0),
      count: z
        .number()
        .int()
        .min(1)
        .max(Math.ceil(MAX_BACKUP_CHARS / MAX_CHUNK_CHARS)),
      chunk: z.string().max(MAX_CHUNK_CHARS, 'backup.error.tooLarge'),
    }),
    z.object({ received: z.number(), count: z.number() }),
  ),
  /** Dry run: what restoring this file would add and change, per table. Changes nothing. */
  'backup.plan': route(['page'], source, z.union([planned, refused])),
  /** Restores the file in one transaction (local rows it does not hold are kept); a refused file changes nothing. */
  'backup.restore': route(['page'], source, z.union([planned, refused])),
} as const;
