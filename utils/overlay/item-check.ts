// The page's check of what an adapter read, by hand: the same bounds and defaults as itemSchema
// (platforms/item.ts, which the background applies again to every `items.seen` batch), so a batch the
// page sends is never refused for one odd item, without shipping zod to the page.
// tests/dom/overlay-item-check.test.ts holds the two to the same answers.
import { PLATFORMS } from '../platforms/descriptor-data';
import type { Item, ItemInput } from '../platforms/item';

const KINDS: readonly string[] = ['post', 'comment', 'reply'];

/** The key an item is stored under (itemKey of platforms/item.ts, without that module's schema). */
export const keyOf = (item: Pick<Item, 'platform' | 'platformId'>): string => `${item.platform}:${item.platformId}`;

const text = (v: unknown, max: number, fallback?: string): string | undefined => {
  if (v === undefined) return fallback;
  return typeof v === 'string' && v.length <= max ? v : undefined;
};
const url = (v: unknown): string | undefined => {
  const s = text(v, 2048, '');
  return s === '' || (s !== undefined && /^https:\/\//.test(s)) ? s : undefined;
};

function author(v: unknown): Item['author'] | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const a = v as Record<string, unknown>;
  const name = text(a.name, 200, '');
  const handle = text(a.handle, 200, '');
  const link = url(a.url);
  return name === undefined || handle === undefined || link === undefined ? undefined : { name, handle, url: link };
}

function nullable<T>(v: unknown, ok: (x: unknown) => x is T): T | null | undefined {
  if (v === undefined || v === null) return null;
  return ok(v) ? v : undefined;
}
const isShortId = (x: unknown): x is string => typeof x === 'string' && x.length <= 200;
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** The item as itemSchema would give it (defaults filled, unknown keys dropped), or null when it would refuse it. */
export function checkItem(raw: ItemInput): Item | null {
  const r = raw as Record<string, unknown>;
  if (!(PLATFORMS as readonly unknown[]).includes(r.platform) || !KINDS.includes(r.kind as string)) return null;
  const platformId = text(r.platformId, 200);
  if (!platformId) return null;
  const item = {
    platform: r.platform as Item['platform'],
    platformId,
    kind: r.kind as Item['kind'],
    author: author(r.author),
    text: text(r.text, 20_000),
    truncated: r.truncated === undefined ? false : typeof r.truncated === 'boolean' ? r.truncated : undefined,
    time: text(r.time, 64, ''),
    permalink: url(r.permalink),
    parentId: nullable(r.parentId, isShortId),
    rootText: text(r.rootText, 2000, ''),
    reactions: nullable(r.reactions, isCount),
  };
  return Object.values(item).some((v) => v === undefined) ? null : (item as Item);
}
