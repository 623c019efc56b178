// An item is one post, comment or reply as an adapter read it from the page: plain data, no DOM.
import { z } from '../shared/zod';
import { PLATFORMS } from './ids';

const short = (max: number) => z.string().max(max);
const url = z
  .string()
  .max(2048)
  .refine((s) => s === '' || /^https:\/\//.test(s), 'error.url');

export const itemKindSchema = z.enum(['post', 'comment', 'reply']);

export const itemSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** Stable id on the platform (tweet id, Reddit fullname, LinkedIn urn…). */
  platformId: short(200).min(1),
  kind: itemKindSchema,
  author: z.object({
    name: short(200).default(''),
    handle: short(200).default(''),
    url: url.default(''),
  }),
  text: short(20000),
  /** True when the page shows only the start of the text ("see more"). */
  truncated: z.boolean().default(false),
  time: short(64).default(''),
  permalink: url.default(''),
  parentId: short(200).nullable().default(null),
  rootText: short(2000).default(''),
  /** Reactions, likes or score the page shows for the item ("1,2 k" → 1200); null when it shows none. */
  reactions: z.number().int().nonnegative().nullable().default(null),
});
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;

/** The key an item is stored under: one per platform and platform id. */
export function itemKey(item: Pick<Item, 'platform' | 'platformId'>): string {
  return `${item.platform}:${item.platformId}`;
}
