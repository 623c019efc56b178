// The overlay's send stage: hands a batch of items to the background and returns its answers. A
// refusal (invalid, forbidden) is said once and dropped; any other failure asks for a retry.
import type { Platform } from '../platforms/ids';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { Found } from './scanner';

export type SeenResult = ResponseOf<'items.seen'>['results'][number];
export type SendItems = (type: 'items.seen', payload: RequestOf<'items.seen'>) => Promise<ResponseOf<'items.seen'>>;

/** The page's URL as the background accepts it: tracking queries can make it longer than 2 kB. */
export function pageUrl(): string {
  const href = location.href;
  return href.length <= 2048 ? href : location.origin + location.pathname.slice(0, 1500);
}

/** The background's answers, or whether sending again could work (false: it would be refused again). */
export async function sendItems(
  send: SendItems,
  platform: Platform,
  page: number,
  batch: readonly Found[],
): Promise<{ results: SeenResult[] } | { retry: boolean }> {
  try {
    const reply = await send('items.seen', { platform, page, url: pageUrl(), items: batch.map((b) => b.item) });
    return { results: reply.results };
  } catch (error) {
    const code = (error as { body?: { code?: string } } | null)?.body?.code;
    if (code === 'invalid' || code === 'forbidden' || code === 'bad_message') {
      console.warn(`[tact] ${platform}: the background refused a batch (${code})`, error);
      return { retry: false };
    }
    // The background may be restarting.
    return { retry: true };
  }
}
