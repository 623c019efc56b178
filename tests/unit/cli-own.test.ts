// `tact classify --brand` and `tact mentions --brand` (issue #14, item 6): a line written by one of the
// brand's own accounts (its `handles` and `ownAccounts`) is "own": never judged, no intent to handle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAbuseModel, type AbuseModel } from '../../utils/trolls/core/abuse';
import { classifyCsv, classifyLine } from '../../scripts/cli/classify';
import { loadBrands, mentionsLine } from '../../scripts/cli/mentions';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-own-'));
const brandFile = path.join(dir, 'zeta.json');
writeFileSync(
  brandFile,
  JSON.stringify([
    {
      name: 'Zeta',
      handles: ['@zeta'],
      ownAccounts: ['Zeta Support', 'https://www.facebook.com/zetaofficial/'],
      products: ['Zeta 5'],
    },
    { name: 'Rival', handles: ['@rival'], competitor: true },
  ]),
);
const brands = loadBrands(brandFile);
const APOLOGY = 'We are very sorry about your Zeta 5, our team will call you within the hour.';
const INSULT = 'You are all idiots, the Zeta 5 is junk and so is your support, morons';

let model: AbuseModel;
beforeAll(async () => {
  model = await loadAbuseModel();
});

const classify = (o: object) => JSON.parse(classifyLine(JSON.stringify(o), 1, model, undefined, brands)!.line);
const mentions = (o: object) => JSON.parse(mentionsLine(JSON.stringify(o), 1, brands, 0)!.line);

describe('classify --brand', () => {
  it.each([
    ['@zeta', '@zeta'],
    ['a handle without @', 'zeta'],
    ['an own account by page name', 'Zeta Support'],
    ['an own account by profile URL', 'https://facebook.com/zetaofficial'],
  ])('own by %s: never judged', (_how, author) => {
    const out = classify({ id: 1, text: INSULT, author });
    expect(out).toMatchObject({ id: 1, own: true, brand: 'Zeta', type: null, troll: 0, cues: [] });
  });

  it('judges anyone else, and says they are not own', () => {
    const out = classify({ id: 2, text: INSULT, author: '@someone' });
    expect(out.own).toBe(false);
    expect(out.type).toBe('flamer');
  });

  it("a competitor's handle is not own", () => {
    expect(classify({ id: 3, text: INSULT, author: '@rival' }).own).toBe(false);
  });

  it('without --brand the line keeps its old shape (no "own")', () => {
    const out = JSON.parse(classifyLine(JSON.stringify({ id: 4, text: INSULT, author: '@zeta' }), 1, model)!.line);
    expect(out).not.toHaveProperty('own');
    expect(out.type).toBe('flamer');
  });

  it('reads the author column of a CSV export', () => {
    const csv = `id,author,text\na,@zeta,"${INSULT}"\nb,@bob,"${INSULT}"\n`;
    const out = [
      ...classifyCsv(csv, model, { textColumn: 'text', idColumn: 'id', authorColumn: 'author', brands }),
    ].map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.own, o.type])).toEqual([
      ['a', true, null],
      ['b', false, 'flamer'],
    ]);
  });
});

describe('mentions --brand', () => {
  it('an own line: own, no intent, no priority; mentions still found', () => {
    const out = mentions({ id: 1, text: APOLOGY, author: { name: 'Zeta Support', handle: '', url: '' } });
    expect(out).toMatchObject({ id: 1, own: true, brand: 'Zeta', intent: null, priority: 0 });
    expect(out.mentions.map((m: { term: string }) => m.term)).toContain('Zeta 5');
  });

  it('an author given as a handle string', () => {
    expect(mentions({ id: 2, text: APOLOGY, author: '@Zeta' }).own).toBe(true);
  });

  it('anyone else: own false, the intent as before', () => {
    const out = mentions({ id: 3, text: 'How much is the Zeta 5?', author: '@bob' });
    expect(out).toMatchObject({ own: false, intent: 'purchase_intent' });
    expect(out.priority).toBeGreaterThan(0);
  });

  it('a line without author is not own', () => {
    expect(mentions({ id: 4, text: 'How much is the Zeta 5?' }).own).toBe(false);
  });
});

describe('the command line', () => {
  const tact = (args: string[], input: string) =>
    spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/tact.ts'), ...args], {
      input,
      encoding: 'utf8',
    });

  it('classify --brand marks own lines', () => {
    const input = [
      JSON.stringify({ id: 'ours', text: INSULT, author: '@zeta' }),
      JSON.stringify({ id: 'theirs', text: INSULT, author: '@bob' }),
    ].join('\n');
    const r = tact(['classify', '--brand', brandFile], input);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.own, o.type])).toEqual([
      ['ours', true, null],
      ['theirs', false, 'flamer'],
    ]);
  });
});
