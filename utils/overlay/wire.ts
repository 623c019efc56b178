// What the page receives, checked by hand and minimally: the background validates every request
// with the routes' zod schemas (router.ts) and builds every answer, so the content script only checks
// the shapes it relies on. Zod and the routes' schemas stay out of the page's bundle.
import { browser } from 'wxt/browser';
import type { ContentMessageType, ErrorBody, MessageType, RequestOf, ResponseOf } from '../messaging/protocol';
import { KIT_NAME_MAX, KIT_NOTES_MAX, LABEL_MAX, LABELS_MAX, NOTE_MAX } from '../trolls/core/author-memory';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const optStr = (v: unknown, min: number, max: number): boolean => v === undefined || isStr(v, min, max);

const ERROR_CODES = new Set(['bad_message', 'unknown_type', 'forbidden', 'invalid', 'failed']);

/** A MessageError as messaging/client.ts throws it (same name and body), without its zod import. */
export class PageMessageError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'MessageError';
  }
}

/** The background's answer `{ ok: true, data }` or `{ ok: false, error }`; null for anything else. */
export function readReply(raw: unknown): { ok: true; data: unknown } | { ok: false; error: ErrorBody } | null {
  if (!isObj(raw)) return null;
  if (raw.ok === true && 'data' in raw) return { ok: true, data: raw.data };
  if (raw.ok !== false || !isObj(raw.error)) return null;
  const { code, message } = raw.error;
  if (typeof code !== 'string' || !ERROR_CODES.has(code) || typeof message !== 'string') return null;
  return { ok: false, error: raw.error as unknown as ErrorBody };
}

/** send() for the page: same contract as messaging/client.ts. */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = readReply(await browser.runtime.sendMessage({ type, payload }));
  if (!reply) throw new PageMessageError({ code: 'failed', message: 'No valid reply from the background.' });
  if (!reply.ok) throw new PageMessageError(reply.error);
  return reply.data as ResponseOf<K>;
}

const noFields = (p: Obj) => Object.keys(p).length === 0;
const isLabels = (v: unknown) => Array.isArray(v) && v.length <= LABELS_MAX && v.every((l) => isStr(l, 0, LABEL_MAX));
const isKitNote = (v: unknown) =>
  isObj(v) && isStr(v.kit, 0, KIT_NAME_MAX) && isLabels(v.labels) && isStr(v.note, 0, NOTE_MAX);

/** Each content route's request, as the content script reads it (same bounds as the routes' schemas). */
const REQUESTS: Record<ContentMessageType, (p: Obj) => boolean> = {
  'composer.insert': (p) => isStr(p.text, 1, 10_000) && optStr(p.platformId, 1, 200),
  'overlay.reveal': (p) => isStr(p.platformId, 1, 200),
  'overlay.settings': (p) => p.language === 'auto' || p.language === 'fr' || p.language === 'en',
  'overlay.author': (p) =>
    isStr(p.key, 0, 500) &&
    typeof p.firstSeenAt === 'number' &&
    typeof p.lastSeenAt === 'number' &&
    isLabels(p.labels) &&
    isStr(p.note, 0, NOTE_MAX) &&
    isObj(p.counts) &&
    Object.values(p.counts).every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    (p.kit === undefined || (Array.isArray(p.kit) && p.kit.length <= KIT_NOTES_MAX && p.kit.every(isKitNote))),
  'suggest.insertFirst': noFields,
  'tone.focusMeter': noFields,
};

/** The message's type and payload when it is one of the content routes with a valid request. */
export function readContentMessage(
  message: unknown,
): { type: ContentMessageType; payload: Obj } | { type: ContentMessageType; invalid: true } | null {
  if (!isObj(message) || !isStr(message.type, 1, 64) || !Object.hasOwn(REQUESTS, message.type)) return null;
  const type = message.type as ContentMessageType;
  const payload = message.payload ?? {};
  if (!isObj(payload) || !REQUESTS[type](payload)) return { type, invalid: true };
  return { type, payload };
}
