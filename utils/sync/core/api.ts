// The rest of the team API, for the extension's pages (join, team status, conflict log, invites,
// devices). Like the transport, every answer is validated and every failure is a SyncHttpError.
import { httpCaller } from './client';
import {
  conflictListSchema,
  deviceListSchema,
  inviteResponseSchema,
  joinResponseSchema,
  meResponseSchema,
  restoreResponseSchema,
  type Role,
  type SyncTable,
} from './protocol';
import { z } from '../../shared/zod';

/** Redeem an invite: the answer's token is the device's credential (store it, never sync it). */
export async function joinTeam(baseUrl: string, invite: string, label: string, fetchFn: typeof fetch = fetch) {
  return joinResponseSchema.parse(
    await httpCaller(baseUrl, fetchFn)('POST', '/v1/join', { invite: invite.trim(), label }),
  );
}

export function teamApi(options: { baseUrl: string; token: string; fetch?: typeof fetch }) {
  const call = httpCaller(options.baseUrl, options.fetch, options.token);
  const qs = (q: Record<string, string | number | boolean | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined) p.set(k, String(v === true ? 1 : v === false ? 0 : v));
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  return {
    me: async () => meResponseSchema.parse(await call('GET', '/v1/me')),
    conflicts: async (
      q: { before?: number; limit?: number; table?: SyncTable; recordId?: string; concurrent?: boolean } = {},
    ) => conflictListSchema.parse(await call('GET', `/v1/conflicts${qs(q)}`)),
    restore: async (conflictId: number) =>
      restoreResponseSchema.parse(await call('POST', `/v1/conflicts/${conflictId}/restore`)),
    invite: async (role: Role = 'editor', ttlSeconds?: number) =>
      inviteResponseSchema.parse(await call('POST', '/v1/invites', { role, ...(ttlSeconds ? { ttlSeconds } : {}) })),
    devices: async () => deviceListSchema.parse(await call('GET', '/v1/devices')).devices,
    revoke: async (deviceId: string | 'me') =>
      z.object({ revoked: z.string() }).parse(await call('DELETE', `/v1/devices/${encodeURIComponent(deviceId)}`)),
  };
}
