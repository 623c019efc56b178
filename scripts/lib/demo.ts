// The demo: each site at its real URL, served from the hand-built pages in demo/pages. A page says
// where it is served in its header comment ("Served by `npm start` at <url>"), so adding a page
// (a new platform's, say) is adding the file: the list below, `npm start` and the tests read it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hostOf, PLATFORMS, platformOfUrl, PLATFORM_MATCHES, type Platform } from '../../utils/platforms/hosts';
import { ROOT, type SiteRoute } from './browser';

export interface DemoPage {
  /** The file's name without its last part: "old-reddit" for old-reddit-thread.html. */
  name: string;
  url: string;
  file: string;
  platform: Platform;
}

const DIR = path.join(ROOT, 'demo/pages');
const SERVED_AT = /Served by `npm start` at\s+(https:\/\/\S+?)\.?(?=\s)/;

function readPage(file: string): DemoPage {
  const full = path.join(DIR, file);
  const url = SERVED_AT.exec(readFileSync(full, 'utf8'))?.[1];
  const platform = platformOfUrl(url);
  if (!url || !platform) throw new Error(`${full}: no "Served by \`npm start\` at <url>" of a known platform`);
  return { name: file.replace(/-[^-]*\.html$/, ''), url, file: full, platform };
}

/** Where a page sits in the demo: by platform, then the platform's main site first. */
function rank(p: DemoPage): number {
  const host = new URL(p.url).host;
  const hostRank = PLATFORM_MATCHES[p.platform].findIndex((m) => hostOf(m) === host);
  return PLATFORMS.indexOf(p.platform) * 100 + hostRank;
}

export const DEMO_PAGES: DemoPage[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map(readPage)
  .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));

export const DEMO_BRAND_FILE = path.join(ROOT, 'demo/brand-acme.json');

export function demoRoutes(): SiteRoute[] {
  return DEMO_PAGES.map((p) => ({ url: p.url, file: p.file }));
}
