// The sites Tact works on. Host permissions and content-script matches come from this one list.
import { PLATFORMS, type Platform } from './ids';
export { PLATFORMS, type Platform };

export const PLATFORM_MATCHES: Record<Platform, string[]> = {
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  reddit: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
};

export const PLATFORM_HOSTS: string[] = Object.values(PLATFORM_MATCHES)
  .flat()
  .map((m) => new URL(m.replace('/*', '/')).host);

/** Which platform a URL belongs to, or null when Tact does not run there. */
export function platformOfUrl(url: string | undefined | null): Platform | null {
  if (!url) return null;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return null;
    host = u.host;
  } catch {
    return null;
  }
  for (const p of PLATFORMS) {
    if (PLATFORM_MATCHES[p].some((m) => new URL(m.replace('/*', '/')).host === host)) return p;
  }
  return null;
}
