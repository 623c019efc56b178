// Subscribing to a brand kit at a URL (any static host): the rules for the address, and one fetch of
// it with ETag revalidation. `fetch` is injected so the rules run in Node tests. A failure never
// throws: it is an i18n key the options page shows next to the subscription, and the caller keeps
// the last good copy.
import { MAX_KIT_BYTES, parseKit, type Kit, type KitIssue } from './document';

/** Long enough for a slow static host, short enough for a service worker's lifetime. */
export const FETCH_TIMEOUT_MS = 30_000;
/** Polling period (the alarm) and the minimum between two automatic checks. */
export const POLL_MINUTES = 6 * 60;

export type UrlCheck = { ok: true; url: string; origin: string; pattern: string } | { ok: false; message: string };

/** A kit address must be https (the kit becomes brands and replies: not over plain http), no credentials. */
export function checkKitUrl(input: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'sub.error.url' };
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'sub.error.https' };
  if (url.username || url.password) return { ok: false, message: 'sub.error.credentials' };
  if (input.length > 2048) return { ok: false, message: 'sub.error.url' };
  url.hash = '';
  // The host permission asked for: this origin only, not every site.
  return { ok: true, url: url.href, origin: url.origin, pattern: `${url.origin}/*` };
}

export interface FetchError {
  message: string;
  params?: Record<string, string | number>;
  /** The field at fault when the kit itself is invalid. */
  path?: string;
}
export type FetchOutcome =
  { kind: 'not_modified' } | { kind: 'ok'; kit: Kit; etag: string | null } | { kind: 'error'; error: FetchError };

type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/** Reads a body up to `max` bytes; null when it is larger (stops reading there). */
async function readCapped(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return null;
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > max ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

function firstIssue(issues: KitIssue[]): FetchError {
  const first = issues[0] ?? { path: '', message: 'error.invalid' };
  return {
    message: first.message,
    ...(first.params ? { params: first.params } : {}),
    ...(first.path ? { path: first.path } : {}),
  };
}

/**
 * One check of a subscribed kit: 304 → not modified; 200 → the kit, validated like an import; anything
 * else (network error, HTTP error, redirect to another origin, too large, not a kit) → an error.
 */
export async function fetchKit(
  url: string,
  etag: string | null,
  fetchFn: FetchFn,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<FetchOutcome> {
  const origin = new URL(url).origin;
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'GET',
      headers: etag ? { 'If-None-Match': etag, Accept: 'application/json' } : { Accept: 'application/json' },
      // Our own ETag decides; the HTTP cache must not answer for the server. No cookies sent.
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    return {
      kind: 'error',
      error: timedOut
        ? { message: 'sub.error.timeout' }
        : { message: 'sub.error.network', params: { reason: e instanceof Error ? e.message : String(e) } },
    };
  }
  // Only the origin the user subscribed to (and granted) may serve the kit.
  if (response.url && new URL(response.url).origin !== origin)
    return {
      kind: 'error',
      error: { message: 'sub.error.redirect', params: { origin: new URL(response.url).origin } },
    };
  if (response.status === 304) return { kind: 'not_modified' };
  if (response.status !== 200)
    return { kind: 'error', error: { message: 'sub.error.http', params: { status: response.status } } };
  const text = await readCapped(response, MAX_KIT_BYTES).catch(() => undefined);
  if (text === undefined) return { kind: 'error', error: { message: 'sub.error.network', params: { reason: 'read' } } };
  if (text === null)
    return { kind: 'error', error: { message: 'kit.error.tooLarge', params: { max: MAX_KIT_BYTES / (1024 * 1024) } } };
  const parsed = parseKit(text);
  if (!parsed.ok) return { kind: 'error', error: firstIssue(parsed.issues) };
  return { kind: 'ok', kit: parsed.kit, etag: response.headers.get('etag') };
}
