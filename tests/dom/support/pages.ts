// Loading saved pages into happy-dom for the adapter tests: the real pages in ../shared/fixtures
// (absent from a user's clone, so their suites skip) and the hand-built demo pages in demo/pages.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.resolve(REPO, '../shared/fixtures');
export const HAS_FIXTURES = existsSync(FIXTURES);
/** Appended to the name of suites that need the real pages, so a skip says why. */
export const FIXTURES_NOTE = HAS_FIXTURES
  ? ''
  : ` (skipped: no real saved pages at ${FIXTURES}; they live beside the repository, not in it)`;

/** Puts happy-dom's window at `url`: parsed documents report the window's URL as theirs. */
export function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

/** Parses a saved page as if served at `url`, without scripts, stylesheet links or frames. */
export function parsePage(html: string, url: string): Document {
  setPageUrl(url);
  const inert = html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  return new DOMParser().parseFromString(inert, 'text/html');
}

const readFixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');
const readDemo = (file: string) => readFileSync(path.join(REPO, 'demo/pages', file), 'utf8');

const cache = new Map<string, Document>();

/** A page parsed once per test file, with the window put (back) at its URL for the calling test. */
export function openPage(source: 'fixture' | 'demo', file: string, url: string): Document {
  const key = `${source}:${file}@${url}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = parsePage(source === 'fixture' ? readFixture(file) : readDemo(file), url);
    cache.set(key, doc);
  }
  setPageUrl(url);
  return doc;
}
