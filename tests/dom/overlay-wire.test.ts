// The page's hand-made checks (overlay/item-check.ts, overlay/wire.ts) give the answers the zod
// schemas they stand in for give: what an adapter read, the background's replies, the messages to a
// content script. The schemas stay the reference; the page just does not ship them.
import { describe, expect, it, test } from 'vitest';
import { itemKey, itemSchema } from '../../utils/platforms/item';
import { contentProtocol, replySchema, type ContentMessageType } from '../../utils/messaging/protocol';
import { checkItem, keyOf } from '../../utils/overlay/item-check';
import { readContentMessage, readReply } from '../../utils/overlay/wire';

const base = { platform: 'x', platformId: '123', kind: 'comment', author: { name: 'Ana' }, text: 'Hi @acme' };
const long = (n: number) => 'a'.repeat(n);
const ITEMS: Record<string, unknown>[] = [
  base,
  { ...base, author: {}, truncated: true, time: '2026-01-01', permalink: 'https://x.com/a/status/1' },
  { ...base, parentId: 'p1', rootText: 'post', reactions: 12, extra: 'dropped' },
  { ...base, reactions: null, parentId: null },
  { ...base, text: '' },
  { ...base, text: long(20_000) },
  { ...base, text: long(20_001) },
  { ...base, text: undefined },
  { ...base, platformId: '' },
  { ...base, platformId: long(201) },
  { ...base, platform: 'mastodon' },
  { ...base, kind: 'story' },
  { ...base, author: undefined },
  { ...base, author: { url: 'http://x.com/a' } },
  { ...base, author: { url: 'https://x.com/a', handle: long(201) } },
  { ...base, permalink: 'javascript:alert(1)' },
  { ...base, permalink: long(2049) },
  { ...base, time: long(65) },
  { ...base, rootText: long(2001) },
  { ...base, reactions: -1 },
  { ...base, reactions: 1.5 },
  { ...base, truncated: 'yes' },
  { ...base, parentId: long(201) },
];

describe('checkItem', () => {
  test.each(ITEMS.map((item, i) => [i, item]))('item case %i reads as itemSchema reads it', (_i, raw) => {
    const parsed = itemSchema.safeParse(raw);
    expect(checkItem(raw as never)).toEqual(parsed.success ? parsed.data : null);
  });

  it('keys an item as itemKey does', () => {
    expect(keyOf({ platform: 'reddit', platformId: 't1_x' })).toBe(itemKey({ platform: 'reddit', platformId: 't1_x' }));
  });
});

const REPLIES: unknown[] = [
  { ok: true, data: { a: 1 } },
  { ok: true, data: null },
  { ok: true },
  { ok: false, error: { code: 'invalid', message: 'no', issues: [{ path: 'a', message: 'b' }] } },
  { ok: false, error: { code: 'teapot', message: 'no' } },
  { ok: false, error: { code: 'failed' } },
  { ok: false },
  { ok: 'yes', data: 1 },
  null,
  'ok',
  [],
];

describe('readReply', () => {
  test.each(REPLIES.map((r, i) => [i, r]))('reply case %i is accepted or refused as replySchema does', (_i, raw) => {
    expect(readReply(raw) !== null).toBe(replySchema.safeParse(raw).success);
  });
});

const MESSAGES: Array<[ContentMessageType, unknown]> = [
  ['composer.insert', { text: 'Hello' }],
  ['composer.insert', { text: 'Hello', platformId: 't1' }],
  ['composer.insert', { text: '' }],
  ['composer.insert', { text: long(10_001) }],
  ['composer.insert', { text: 'a', platformId: '' }],
  ['overlay.reveal', { platformId: 't1' }],
  ['overlay.reveal', {}],
  ['overlay.settings', { language: 'fr' }],
  ['overlay.settings', { language: 'de' }],
  ['suggest.insertFirst', {}],
  ['tone.focusMeter', undefined],
  ['overlay.author', { key: 'x:ana', firstSeenAt: 1, lastSeenAt: 2, labels: ['troll'], note: '', counts: {} }],
  [
    'overlay.author',
    {
      key: 'x:ana',
      firstSeenAt: 1,
      lastSeenAt: 2,
      labels: [],
      note: 'n',
      counts: { sealion: 2 },
      kit: [{ kit: 'Acme', labels: ['x'], note: 'seen before' }],
    },
  ],
  ['overlay.author', { key: 'x:ana', firstSeenAt: 1, lastSeenAt: 2, labels: [long(41)], note: '', counts: {} }],
  ['overlay.author', { key: 'x:ana', firstSeenAt: 1, lastSeenAt: 2, labels: [], note: long(1001), counts: {} }],
  ['overlay.author', { key: 'x:ana', firstSeenAt: 1, labels: [], note: '', counts: {} }],
  ['overlay.author', { key: 'x:ana', firstSeenAt: 1, lastSeenAt: 2, labels: [], note: '', counts: { sealion: -1 } }],
];

describe('readContentMessage', () => {
  test.each(MESSAGES.map(([type, payload], i) => [i, type, payload] as const))(
    'message case %i (%s) is accepted or refused as its route schema does',
    (_i, type, payload) => {
      const read = readContentMessage({ type, payload });
      const valid = contentProtocol[type].request.safeParse(payload ?? {}).success;
      expect(read && !('invalid' in read)).toBe(valid);
    },
  );

  it('ignores what is not a content route', () => {
    expect(readContentMessage({ type: 'items.seen', payload: {} })).toBeNull();
    expect(readContentMessage({ type: 'toString' })).toBeNull();
    expect(readContentMessage('composer.insert')).toBeNull();
  });
});
