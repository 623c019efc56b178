// Launching Debian's Chromium with the built extension, and serving the four sites from saved
// pages at their real URLs (no network). Shared by the e2e tests and `npm start`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Route } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The browser to drive: CHROME_PATH, else Debian's Chromium. Throws a message that says what to do. */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to a Chromium or Chrome binary, e.g. CHROME_PATH=/usr/bin/chromium npm test.',
  );
}

export interface LaunchOptions {
  headless: boolean;
  extensionPath?: string;
  userDataDir?: string;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<Launched> {
  const extensionPath = opts.extensionPath ?? CHROME_BUILD;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionPath}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: findChrome(),
    headless: opts.headless,
    viewport: { width: 1280, height: 900 },
    args: ['--disable-quic', `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

/** Removes <script> elements: saved pages are served as markup only. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

export interface SiteRoute {
  /** A URL glob such as 'https://x.com/**'. */
  url: string;
  /** The saved page to answer with. */
  file: string;
  /**
   * Serve the page with its own inline scripts. Only for test pages we write ourselves
   * (tests/fixtures/live, generated bench pages): saved pages always have theirs stripped.
   */
  keepScripts?: boolean;
}

/** Blocks all network, then answers each site URL with its saved page (scripts stripped unless keepScripts). */
export async function routeSites(context: BrowserContext, routes: SiteRoute[]): Promise<void> {
  // Registered first so it is tried last: anything not routed below is refused.
  await context.route('**/*', (route: Route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
    return route.abort();
  });
  for (const r of routes) {
    const html = readFileSync(r.file, 'utf8');
    await routeHtml(context, r.url, r.keepScripts ? html : stripScripts(html));
  }
}

/**
 * Answers document requests for `url` (a glob) with `html` exactly as given, scripts included:
 * for hand-written test pages whose own script appends, recycles and rewrites nodes. Call after
 * routeSites (or another catch-all), since the route registered last wins.
 */
export async function routeHtml(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route: Route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      : route.abort(),
  );
}
