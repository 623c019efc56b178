// The background's single entry for messages: checks the envelope, the sender and the payload
// against protocol.ts, runs the handler, and always answers { ok, data } or { ok: false, error }.
import { z } from '../shared/zod';
import {
  envelopeSchema,
  protocol,
  type ErrorBody,
  type MessageType,
  type Origin,
  type ParsedRequestOf,
  type Reply,
  type ResponseOf,
} from './protocol';

/** The parts of a runtime.MessageSender the router looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface HandlerContext {
  /** The tab of a content script; undefined for extension pages. */
  tabId?: number;
  origin: Origin;
}

export type Handlers = {
  [K in MessageType]: (payload: ParsedRequestOf<K>, ctx: HandlerContext) => Promise<ResponseOf<K>>;
};

export interface RouterOptions {
  extensionId: string;
  /** The extension's own page origin, e.g. "chrome-extension://<id>/". */
  extensionOrigin: string;
  onError?: (type: string, error: unknown) => void;
}

const detailSchema = z.object({ fr: z.string().max(2000), en: z.string().max(2000) });

function issuesOf(error: z.ZodError): ErrorBody['issues'] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function fail(code: ErrorBody['code'], message: string, issues?: ErrorBody['issues']): Reply<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** Where a message comes from, or null when the sender is not this extension. */
export function originOf(
  sender: SenderInfo,
  opts: Pick<RouterOptions, 'extensionId' | 'extensionOrigin'>,
): Origin | null {
  if (!sender || sender.id !== opts.extensionId) return null;
  if (sender.url?.startsWith(opts.extensionOrigin)) return 'page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return null;
}

export function createRouter(handlers: Handlers, opts: RouterOptions) {
  return async function handle(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    const origin = originOf(sender, opts);
    if (!origin) return fail('forbidden', 'Sender is not this extension.');
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return fail('bad_message', 'A message must be { type, payload }.');
    const type = envelope.data.type;
    if (!Object.hasOwn(protocol, type)) return fail('unknown_type', `Unknown message type "${type}".`);
    const spec = protocol[type as MessageType];
    if (!spec.from.includes(origin)) return fail('forbidden', `"${type}" may not be sent from a ${origin}.`);
    const payload = spec.request.safeParse(envelope.data.payload ?? {});
    if (!payload.success) return fail('invalid', `Invalid "${type}" request.`, issuesOf(payload.error));
    const ctx: HandlerContext = { origin, tabId: origin === 'content' ? sender.tab?.id : undefined };
    try {
      const handler = handlers[type as MessageType] as (p: unknown, c: HandlerContext) => Promise<unknown>;
      const data = await handler(payload.data, ctx);
      const checked = spec.response.safeParse(data);
      if (!checked.success) {
        opts.onError?.(type, checked.error);
        return fail('failed', `"${type}" produced an invalid response.`);
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      opts.onError?.(type, error);
      if (error instanceof z.ZodError) return fail('invalid', `Invalid "${type}" data.`, issuesOf(error));
      const reply = fail('failed', error instanceof Error ? error.message : String(error));
      // Errors that explain themselves in both languages (AiError) keep their explanation.
      const detail = detailSchema.safeParse((error as { detail?: unknown } | null)?.detail);
      if (detail.success && !reply.ok) reply.error.detail = detail.data;
      return reply;
    }
  };
}
