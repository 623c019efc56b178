// How a capability declares a message: who may send it, and a zod schema for its request and its
// response. Each utils/<capability>/routes.ts lists its own; protocol.ts merges them.
import type { z } from '../shared/zod';

/** Who may send a message: a content script in a platform tab, or one of the extension's pages. */
export type Origin = 'content' | 'page';

export interface Route<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  from: readonly Origin[];
  request: Req;
  response: Res;
}

/** A message to the background. */
export function route<Req extends z.ZodType, Res extends z.ZodType>(
  from: readonly Origin[],
  request: Req,
  response: Res,
): Route<Req, Res> {
  return { from, request, response };
}

/** A message to a content script (from the background or an extension page, checked there). */
export function contentRoute<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}
