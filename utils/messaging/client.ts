// Sending a typed request to the background and getting its data back, or a MessageError.
import { browser } from 'wxt/browser';
import { replySchema, type ErrorBody, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export class MessageError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'MessageError';
  }
}

export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError({ code: 'failed', message: 'No valid reply from the background.' });
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return reply.data.data as ResponseOf<K>;
}
