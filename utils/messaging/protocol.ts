// Every message the extension's parts exchange, in one place: each capability's routes (a zod schema
// for each request and response, and who may send it) merged, plus the envelope and reply shapes.
// The background validates all of it (see router.ts); the contracts live in utils/<capability>/routes.ts.
import { z } from '../shared/zod';
import { contentRoute } from './route';
import { mentionsContentRoutes, mentionsRoutes } from '../mentions/routes';
import { trollsContentRoutes, trollsRoutes } from '../trolls/routes';
import { settingsContentRoutes, settingsRoutes } from '../settings/routes';
import { toneContentRoutes, toneRoutes } from '../tone/routes';
import { snippetsRoutes } from '../snippets/routes';
import { kitRoutes } from '../kit/routes';
import { syncRoutes } from '../sync/routes';
import { reportsRoutes } from '../reports/routes';
import { teamReportsRoutes } from '../reports/team-routes';
import { backupRoutes } from '../reports/backup-routes';
import { careRoutes } from '../care/routes';

export type { Origin } from './route';

export const protocol = {
  ...mentionsRoutes,
  ...trollsRoutes,
  ...settingsRoutes,
  ...toneRoutes,
  ...snippetsRoutes,
  ...kitRoutes,
  ...syncRoutes,
  ...reportsRoutes,
  ...teamReportsRoutes,
  ...backupRoutes,
  ...careRoutes,
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;

export const envelopeSchema = z.object({
  type: z.string().max(64),
  payload: z.unknown(),
});

export type ErrorCode = 'bad_message' | 'unknown_type' | 'forbidden' | 'invalid' | 'failed';
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field paths at fault, for forms ("brand.handles.0"). */
  issues?: Array<{ path: string; message: string }>;
  /** A failure explained in both languages (an AI endpoint's 401, 429…). */
  detail?: { fr: string; en: string };
}
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(['bad_message', 'unknown_type', 'forbidden', 'invalid', 'failed']),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      detail: z.object({ fr: z.string(), en: z.string() }).optional(),
    }),
  }),
]);

// Messages to a content script, from the extension's own pages or the background
// (browser.tabs.sendMessage). The content script checks the sender is this extension.
export const insertResultSchema = z.union([
  z.object({ ok: z.literal(true), method: z.enum(['paste', 'execCommand', 'textarea']) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['not_editable', 'not_inserted', 'no_composer']),
    copied: z.boolean(),
  }),
]);

export const contentProtocol = {
  /** Write a reply into the composer of an item (or the focused/first one on the page); never posts. */
  'composer.insert': contentRoute(
    z.object({ text: z.string().min(1).max(10_000), platformId: z.string().min(1).max(200).optional() }),
    insertResultSchema,
  ),
  ...mentionsContentRoutes,
  ...toneContentRoutes,
  ...trollsContentRoutes,
  ...settingsContentRoutes,
} as const;

export type ContentMessageType = keyof typeof contentProtocol;
export type ContentRequestOf<K extends ContentMessageType> = z.input<(typeof contentProtocol)[K]['request']>;
export type ContentResponseOf<K extends ContentMessageType> = z.output<(typeof contentProtocol)[K]['response']>;
