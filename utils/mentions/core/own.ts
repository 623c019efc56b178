// "Ours": is an item's author one of the brand's own accounts? Pure, shared by the background, the
// report and the command line. An own account is an `@handle`, a page name or a profile URL.
import type { Brand } from './brand';

export interface AuthorRef {
  name: string;
  handle: string;
  url: string;
}

// Reddit's adapter gives `u/name`: an own account typed `@name` is the same account.
const bareHandle = (s: string) =>
  s
    .trim()
    .replace(/^(@|\/?u\/)/i, '')
    .toLowerCase();
const bareName = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A profile URL reduced to host (without www./m./old.) and path, lower-case, no trailing slash. */
function bareUrl(s: string): string | null {
  try {
    const u = new URL(s.trim());
    const host = u.hostname.toLowerCase().replace(/^(www|m|old|mobile)\./, '');
    return `${host}${u.pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch {
    return null;
  }
}

/** The id of the first brand (not a competitor) whose own accounts include `author`, else null. */
export function ownBrandOf(
  author: AuthorRef,
  brands: readonly Pick<Brand, 'id' | 'handles' | 'ownAccounts' | 'competitor'>[],
): string | null {
  const handle = bareHandle(author.handle);
  const name = bareName(author.name);
  const url = author.url ? bareUrl(author.url) : null;
  for (const brand of brands) {
    if (brand.competitor) continue;
    for (const account of [...brand.handles, ...(brand.ownAccounts ?? [])]) {
      const a = account.trim();
      if (!a) continue;
      if (a.startsWith('@')) {
        if (handle && bareHandle(a) === handle) return brand.id;
      } else if (/^https?:\/\//i.test(a)) {
        if (url && bareUrl(a) === url) return brand.id;
      } else if ((name && bareName(a) === name) || (handle && bareHandle(a) === handle)) {
        return brand.id;
      }
    }
  }
  return null;
}
