// The sites Tact works on, from the platform list (descriptor-data.ts): host permissions and
// content-script matches come from here.
import { PLATFORM_DATA, PLATFORMS, type Platform } from './descriptor-data';
export { PLATFORMS, type Platform };

export const PLATFORM_MATCHES = Object.fromEntries(PLATFORM_DATA.map((p) => [p.id, [...p.matches]])) as Record<
  Platform,
  string[]
>;

/** A platform's content-script match patterns (a copy: WXT may keep it). */
export function matchesOf(id: Platform): string[] {
  return [...PLATFORM_MATCHES[id]];
}

/** The host of a match pattern ("https://x.com/*" → "x.com"). */
export const hostOf = (match: string): string => new URL(match.replace('/*', '/')).host;

export const PLATFORM_HOSTS: string[] = Object.values(PLATFORM_MATCHES).flat().map(hostOf);

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
    if (PLATFORM_MATCHES[p].some((m) => hostOf(m) === host)) return p;
  }
  return null;
}
