// What a new user sees on the demo pages (issue #14): every item read by the site's adapter, judged
// against its post and visible thread as the background does (trolls/judge.ts), with the intent of the
// mentions core. No praise and no reply of the brand is an unhappy customer, an insult is never
// purchase intent, a spammer's pitch is "other", an angry customer's URGENT is a complaint or urgent.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../scripts/lib/demo';
import { ADAPTERS } from '../../utils/platforms';
import type { Item } from '../../utils/platforms/item';
import { analyseMention } from '../../utils/mentions/core/analyse';
import { ownBrandOf } from '../../utils/mentions/core/own';
import { loadAbuseModel, type AbuseModel } from '../../utils/trolls/core/abuse';
import { classifyComment, type Verdict } from '../../utils/trolls/core/verdict';
import { openPage } from './support/pages';
import { readItems } from './support/items';

const DEMO = path.resolve(__dirname, '../../demo');
const brand = { id: 'acme', ...JSON.parse(readFileSync(path.join(DEMO, 'brand-acme.json'), 'utf8')) };

interface Judged {
  item: Item;
  verdict: Verdict;
  intent: string;
  ours: boolean;
}

let model: AbuseModel;
const all: Judged[] = [];
beforeAll(async () => {
  model = await loadAbuseModel();
  for (const page of DEMO_PAGES) {
    const { items } = readItems(ADAPTERS[page.platform], openPage('demo', path.basename(page.file), page.url));
    const post = items.find((i) => i.kind === 'post')?.text;
    items.forEach((item, i) => {
      const thread = items.filter((_, j) => j !== i).map((o) => ({ author: o.author.handle, text: o.text }));
      const context = { post: item.kind === 'post' ? undefined : item.rootText || post, thread };
      all.push({
        item,
        verdict: classifyComment({ text: item.text, author: item.author.handle || undefined, context }, model),
        intent: analyseMention(item.text, { brands: [brand], now: 0 }).intent,
        ours: ownBrandOf(item.author, [brand]) !== null,
      });
    });
  }
});

const find = (fragment: string) => {
  const hits = all.filter((j) => j.item.text.includes(fragment));
  expect(hits.length, fragment).toBeGreaterThan(0);
  return hits;
};

describe('the demo pages, judged in context', () => {
  it('read items from every page', () => {
    expect(new Set(all.map((j) => j.item.platform)).size).toBe(new Set(DEMO_PAGES.map((p) => p.platform)).size);
  });

  it('never call praise or a reply of the brand an unhappy customer', () => {
    const wrong = all.filter((j) => (j.intent === 'praise' || j.ours) && j.verdict.type === 'unhappy_customer');
    expect(wrong.map((j) => j.item.text)).toEqual([]);
    expect(all.filter((j) => j.ours).length).toBeGreaterThanOrEqual(3);
  });

  it('never give a troll purchase intent or praise, and a spammer no intent to handle', () => {
    const trolls = all.filter((j) => j.verdict.type !== null && j.verdict.type !== 'unhappy_customer');
    expect(trolls.length).toBeGreaterThanOrEqual(4);
    for (const j of trolls) expect(['purchase_intent', 'praise'], j.item.text).not.toContain(j.intent);
    for (const j of trolls.filter((t) => t.verdict.type === 'spammer')) expect(j.intent, j.item.text).toBe('other');
  });

  it('give an unhappy customer a complaint or urgent intent', () => {
    const customers = all.filter((j) => j.verdict.type === 'unhappy_customer');
    expect(customers.length).toBeGreaterThanOrEqual(4);
    for (const j of customers) expect(['complaint', 'urgent'], j.item.text).toContain(j.intent);
  });

  it.each([
    ['Shoutout to ACME Corp support', [null], ['praise']],
    ['Only clowns still buy from ACME Corp', ['flamer'], ['other', 'complaint']],
    ['never arrived and nobody at @Acme answers our emails', ['unhappy_customer'], ['complaint', 'urgent']],
    ['we are very sorry: our team has your order', [null], null],
    ['nous sommes désolés. Pouvez-vous nous écrire', [null], null],
    ['ici le support Acme', [null], null],
  ])('pins "%s"', (fragment, types, intents) => {
    for (const j of find(fragment)) {
      expect(types, j.item.text).toContain(j.verdict.type);
      if (intents) expect(intents, j.item.text).toContain(j.intent);
    }
  });
});
