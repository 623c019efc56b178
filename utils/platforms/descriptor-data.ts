// The platforms Tact works on, as plain data every layer may read (pure: no DOM, no adapter): id,
// brand name, the pages it runs on, the site's reply limit and how the site counts it. Each entry's
// DOM half (adapter, reply box) is its folder's index.ts, listed in ./index.ts.

/** How a site counts the characters of a reply against its limit. */
export type LengthRule =
  /** Unicode code points, as most sites' `maxlength` does. */
  | 'code-points'
  /** X's weighted count: a link is 23, an emoji 2, CJK 2 (utils/tone/core/x-length.ts). */
  | 'x-weighted';

export interface PlatformData {
  /** Stored with every item and setting: never renamed. */
  readonly id: string;
  /** The brand name, shown as is in every language (brand names are not translated). */
  readonly name: string;
  /** How an AI prompt names it, when models may know it by an older name. */
  readonly promptName: string;
  /** Content-script match patterns (and so host permissions); the site's main host first. */
  readonly matches: readonly string[];
  /** The page a saved page is taken to come from when nothing says (`tact extract`). */
  readonly home: string;
  /** The site's own maximum length for a reply or comment, as the site counts it. */
  readonly replyLimit: number;
  readonly lengthRule: LengthRule;
}

export const PLATFORM_DATA = [
  {
    id: 'x',
    name: 'X',
    promptName: 'X (Twitter)',
    matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
    home: 'https://x.com/home',
    // for accounts without Premium
    replyLimit: 280,
    lengthRule: 'x-weighted',
  },
  {
    id: 'facebook',
    name: 'Facebook',
    promptName: 'Facebook',
    matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
    home: 'https://www.facebook.com/',
    replyLimit: 8000,
    lengthRule: 'code-points',
  },
  {
    id: 'reddit',
    name: 'Reddit',
    promptName: 'Reddit',
    matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
    home: 'https://www.reddit.com/',
    replyLimit: 10000,
    lengthRule: 'code-points',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    promptName: 'LinkedIn',
    matches: ['https://www.linkedin.com/*'],
    home: 'https://www.linkedin.com/feed/',
    replyLimit: 1250,
    lengthRule: 'code-points',
  },
] as const satisfies readonly PlatformData[];

type Ids<T extends readonly { id: string }[]> = { readonly [K in keyof T]: T[K]['id'] };

/** Every platform id, in the list's order: the one list of platforms (zod enums come from it). */
export const PLATFORMS = PLATFORM_DATA.map((p) => p.id) as unknown as Ids<typeof PLATFORM_DATA>;
export type Platform = (typeof PLATFORMS)[number];

const BY_ID = new Map<string, PlatformData>(PLATFORM_DATA.map((p) => [p.id, p]));

/** The plain data of one platform. */
export function platformData(id: Platform): PlatformData {
  return BY_ID.get(id)!;
}

/** The platform's brand name ("LinkedIn"), the same in every language. */
export function platformName(id: Platform): string {
  return platformData(id).name;
}

/** Each platform's own maximum for a reply, by id. */
export const REPLY_LIMITS = Object.fromEntries(PLATFORM_DATA.map((p) => [p.id, p.replyLimit])) as Record<
  Platform,
  number
>;
