// `tact extract`, run as a user runs it: a real process on saved pages (the hand-built demo pages,
// and the real saved X timeline in ../shared/fixtures when it is there).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, MAX_DEPTH, type ExtractedLine } from '../../scripts/cli/extract';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Runs the CLI as a separate process (asynchronously, so the cases below run side by side). */
const tact = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'scripts/tact.ts'), ...args],
      { encoding: 'utf8' },
      (err, stdout, stderr) =>
        resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
const demo = (file: string) => path.join(ROOT, 'demo/pages', file);
const SHARED_X = path.resolve(ROOT, '../shared/fixtures/x/x-home-timeline-2025-11-20.html');

type Line = ExtractedLine;

async function extract(args: string[]): Promise<Line[]> {
  const r = await tact(['extract', ...args]);
  expect(r.stderr).toMatch(/tact extract: \d+ item/);
  expect(r.status).toBe(0);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  for (const l of lines) {
    // Exactly the documented fields, in the documented order.
    expect(Object.keys(l)).toEqual(['id', 'kind', 'author', 'text', 'time', 'permalink', 'parentId']);
    expect(Object.keys(l.author)).toEqual(['name', 'handle', 'url']);
    expect(['post', 'comment', 'reply']).toContain(l.kind);
    expect(l.permalink).toMatch(/^https:\/\//);
  }
  expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  return lines;
}

describe.concurrent('tact extract', { timeout: 30_000 }, () => {
  it.each([
    ['x', 'x-home.html', 10, 'https://x.com/'],
    ['facebook', 'facebook-post.html', 10, 'https://www.facebook.com/'],
    ['reddit', 'reddit-thread.html', 10, 'https://www.reddit.com/'],
    ['linkedin', 'linkedin-feed.html', 10, 'https://www.linkedin.com/'],
  ])('reads every item of the %s demo page (%s)', async (platform, file, count, site) => {
    const lines = await extract(['--platform', platform, demo(file)]);
    expect(lines).toHaveLength(count);
    for (const l of lines) expect(l.permalink.startsWith(site)).toBe(true);
    expect(lines.some((l) => /acme/i.test(l.text))).toBe(true);
  });

  it('prints the fields of an X post as the overlay reads them', async () => {
    const [first] = await extract(['--platform', 'x', demo('x-home.html')]);
    expect(first).toEqual({
      id: '1913000000000000001',
      kind: 'post',
      author: { name: 'Julie Martin', handle: '@juliemartin_fr', url: 'https://x.com/juliemartin_fr' },
      text:
        "ma commande #4521 n'est jamais arrivée, c'est honteux @acme 😡 trois semaines que j'attends et " +
        'personne ne répond au service client',
      time: '2026-04-20T08:15:00.000Z',
      permalink: 'https://x.com/juliemartin_fr/status/1913000000000000001',
      parentId: null,
    });
  });

  it('links comments and replies to their parents (Facebook)', async () => {
    const lines = await extract(['--platform', 'facebook', demo('facebook-post.html')]);
    const post = lines.find((l) => l.kind === 'post')!;
    expect(post.parentId).toBeNull();
    expect(lines.filter((l) => l.kind === 'comment').every((l) => l.parentId === post.id)).toBe(true);
    expect(lines.some((l) => l.kind === 'reply' && l.parentId !== post.id && l.parentId !== null)).toBe(true);
  });

  it('takes the page address from --url (old Reddit links stay on old.reddit.com)', async () => {
    const url = 'https://old.reddit.com/r/acme/comments/1abcde/roadrunner_3000_problems/';
    const lines = await extract(['--platform', 'reddit', '--url', url, demo('old-reddit-thread.html')]);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.permalink.startsWith('https://old.reddit.com/'))).toBe(true);
  });

  it("never runs the page's scripts", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tact-extract-')), 'x.html');
    writeFileSync(
      file,
      '<!doctype html><div data-testid="cellInnerDiv"><article data-testid="tweet"><div ' +
        'data-testid="User-Name"><a href="/a"><span>A</span></a>' +
        '<a href="/a/status/1"><time datetime="2026-01-01T00:00:00Z">1h</time></a></div><div ' +
        'data-testid="tweetText">hello</div></article></div>' +
        '<script>document.querySelector("[data-testid=tweetText]").textContent = "changed by the page"</script>',
    );
    const lines = await extract(['--platform', 'x', file]);
    expect(lines.map((l) => l.text)).toEqual(['hello']);
  });

  it.skipIf(!existsSync(SHARED_X))(
    'reads the real saved X timeline' +
      (existsSync(SHARED_X)
        ? ''
        : ` (skipped: no saved page at ${SHARED_X}; ` + 'the real pages live beside the repository)'),
    async () => {
      const lines = await extract(['--platform', 'x', '--url', 'https://x.com/home', SHARED_X]);
      expect(lines).toHaveLength(20); // the 20 tweets the dom suite expects of this page
      for (const l of lines) {
        expect(l.id).toMatch(/^\d+$/);
        expect(l.author.handle).toMatch(/^@\w+$/);
        expect(l.permalink).toBe(`https://x.com/${l.author.handle.slice(1)}/status/${l.id}`);
      }
    },
  );

  it.each([
    [['extract']],
    [['extract', '--platform', 'myspace', 'page.html']],
    [['extract', '--platform', 'x', 'a.html', 'b.html']],
    [['extract', '--platform', 'x', '--url', 'x.com/home', 'a.html']],
    [['extract', '--platform', 'x', '--bogus', 'a.html']],
  ])('prints the usage and exits 2 for bad arguments %j', async (args) => {
    const r = await tact(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
    expect(r.stdout).toBe('');
  });

  it('says which file it cannot read and exits 1', async () => {
    const r = await tact(['extract', '--platform', 'x', path.join(os.tmpdir(), 'no-such-page.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot read .*no-such-page\.html: no such file/);
    expect(r.stdout).toBe('');
  });

  it('is listed in --help', async () => {
    expect((await tact(['--help'])).stdout).toMatch(
      /extract --platform <x\|facebook\|reddit\|linkedin> \[--url <page url>\] <file\.html>/,
    );
  });
});

describe('extractPage on hostile or unusual markup', { timeout: 30_000 }, () => {
  const POST_URL = 'https://www.reddit.com/r/x/comments/abc/t/';
  const comment = (id: string, text: string) =>
    `<shreddit-comment thingid="t1_${id}" author="u${id}" permalink="/r/x/comments/abc/t/${id}/" depth="0">` +
    `<div slot="comment"><p>${text}</p></div></shreddit-comment>`;

  it('reads the comments after an inline SVG that holds a <style> (new Reddit icons)', async () => {
    const html =
      '<html><body><shreddit-post id="t3_abc" permalink="/r/x/comments/abc/t/" author="op" post-title="T">' +
      '<svg viewBox="0 0 20 20"><style>.a{fill:red}</style><path class="a" d="M0 0h20"/></svg></shreddit-post>' +
      comment('a', 'first') +
      comment('b', 'second') +
      '</body></html>';
    const { lines } = await extractPage(html, 'reddit', POST_URL);
    expect(lines.map((l) => [l.id, l.text])).toEqual([
      ['t3_abc', 'T'],
      ['t1_a', 'first'],
      ['t1_b', 'second'],
    ]);
  });

  it('refuses a page nested deeper than the browser would build, with a clear message', async () => {
    const deep = (n: number) =>
      `<html><body>${'<div>'.repeat(n)}${comment('a', 'x')}${'</div>'.repeat(n)}</body></html>`;
    await expect(extractPage(deep(20_000), 'reddit', POST_URL)).rejects.toThrow(
      `page too deeply nested (max ${MAX_DEPTH} levels)`,
    );
    // Just under the cap, the page is still read.
    const { lines } = await extractPage(deep(MAX_DEPTH - 10), 'reddit', POST_URL);
    expect(lines.map((l) => l.id)).toEqual(['t1_a']);
  });
});
