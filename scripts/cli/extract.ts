// `tact extract --platform <p> [--url <page url>] <file.html>`: runs the extension's own adapters
// on a saved page in Node (happy-dom, the page's scripts never run) and prints one JSON line per
// item, for bug reports about a site change. The summary goes to stderr so stdout stays JSON lines.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { itemSchema } from '../../utils/platforms/item';
import { PLATFORMS, type Platform } from '../../utils/platforms/ids';
import { platform as descriptor } from '../../utils/platforms/index';

export interface ExtractedLine {
  id: string;
  kind: string;
  author: { name: string; handle: string; url: string };
  text: string;
  time: string;
  permalink: string;
  parentId: string | null;
}

export function isPlatform(s: string): s is Platform {
  return (PLATFORMS as readonly string[]).includes(s);
}

/** The page's own URL as the browser saved it ("saved from url=" comment, canonical link), if any. */
export function savedUrl(html: string): string | null {
  const fromComment = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(html)?.[1];
  const fromCanonical = /<link\b[^>]*rel=["']canonical["'][^>]*href=["'](https?:\/\/[^"']+)["']/i.exec(html)?.[1];
  return fromComment ?? fromCanonical ?? null;
}

/**
 * Markup only: no scripts, frames or external resources are kept, so nothing of the page runs. Style
 * sheets go too: nothing here reads CSS, and happy-dom's parser drops everything after a `<style>`
 * inside an inline `<svg>` (new Reddit's icons hold one: 0 of 97 comments read before this).
 */
function inert(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
}

/** Chromium's HTML parser nests at most 512 levels; happy-dom's selectors recurse and overflow far deeper. */
export const MAX_DEPTH = 512;

/** How deep the element tree goes, walked with an explicit stack (a recursive walk would overflow too). */
function depthOf(root: Element): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return max;
}

function tooDeep(): Error {
  return new Error(`page too deeply nested (max ${MAX_DEPTH} levels)`);
}

export interface ExtractResult {
  lines: ExtractedLine[];
  nodes: number;
  url: string;
}

/** Reads every item of `html` as `platform`'s adapter does in the extension. */
export async function extractPage(html: string, platform: Platform, url?: string): Promise<ExtractResult> {
  // Where the page is taken to come from when neither --url nor the saved page says: the site's feed.
  const pageUrl = url ?? savedUrl(html) ?? descriptor(platform).home;
  const window = new Window({
    url: pageUrl,
    settings: { disableJavaScriptFileLoading: true, disableComputedStyleRendering: true },
  });
  // The adapters run against the DOM's own globals, as in a content script (e.g. Node.DOCUMENT_POSITION_*).
  const g = globalThis as Record<string, unknown>;
  const restore = g.Node;
  g.Node = window.Node;
  try {
    const doc = new window.DOMParser().parseFromString(inert(html), 'text/html') as unknown as Document;
    if (depthOf(doc.documentElement) > MAX_DEPTH) throw tooDeep();
    const { adapter } = descriptor(platform);
    let nodes: Element[];
    try {
      nodes = adapter.findItems(doc);
    } catch (e) {
      // Below the cap a selector may still recurse too deep on a small stack: the same clear message.
      if (e instanceof RangeError) throw tooDeep();
      throw e;
    }
    const lines: ExtractedLine[] = [];
    for (const node of nodes) {
      let raw;
      try {
        raw = adapter.extract(node);
      } catch {
        continue; // as in the overlay: a node the adapter cannot read is skipped, and counted below
      }
      const parsed = raw ? itemSchema.safeParse(raw) : null;
      if (!parsed?.success) continue;
      const it = parsed.data;
      lines.push({
        id: it.platformId,
        kind: it.kind,
        author: it.author,
        text: it.text,
        time: it.time,
        permalink: it.permalink,
        parentId: it.parentId,
      });
    }
    return { lines, nodes: nodes.length, url: pageUrl };
  } finally {
    g.Node = restore;
    await window.happyDOM.close();
  }
}

/** The command: prints the JSON lines; throws (exit 1) when the file cannot be read. */
export async function runExtract(file: string, platform: Platform, url?: string): Promise<void> {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(
      `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  const { lines, nodes, url: used } = await extractPage(html, platform, url);
  // Piped into `head`: stop quietly once the reader has gone.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  for (const l of lines) process.stdout.write(JSON.stringify(l) + '\n');
  const skipped = nodes - lines.length;
  const note = lines.length === 0 ? ' — layout not recognised? Attach this file to the bug report.' : '';
  const skips = skipped ? `, ${skipped} node(s) skipped (ads or unreadable)` : '';
  console.error(`tact extract: ${lines.length} item(s) from ${used}${skips}${note}`);
}
