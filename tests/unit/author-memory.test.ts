import { describe, expect, it } from 'vitest';
import {
  LABEL_MAX,
  LABELS_MAX,
  NOTE_MAX,
  RECENT_MAX,
  labelText,
  normaliseLabels,
  normaliseNote,
  readCounts,
  recount,
  rememberText,
  trollFlags,
  worthAChip,
} from '../../utils/trolls/core/author-memory';
import { trollThreshold } from '../../utils/trolls/core/sensitivity';

describe('normaliseLabels', () => {
  it('trims, keeps one line, drops empty and duplicate labels (case-insensitive)', () => {
    expect(normaliseLabels(['  insulte\nle SAV ', '', 'Insulte le SAV', '   ', 'revendeur'])).toEqual([
      'insulte le SAV',
      'revendeur',
    ]);
  });

  it('stores a preset typed in either language as the preset id, once', () => {
    expect(normaliseLabels(['Troll connu', 'known troll', 'client VIP', 'known_troll'])).toEqual([
      'known_troll',
      'vip_customer',
    ]);
  });

  it('bounds the length of each label and their number', () => {
    const many = Array.from({ length: 30 }, (_, i) => `label ${i} ${'x'.repeat(100)}`);
    const out = normaliseLabels(many);
    expect(out).toHaveLength(LABELS_MAX);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(LABEL_MAX);
  });
});

describe('labelText', () => {
  it('shows presets in the reader’s language and free text as typed', () => {
    expect(labelText('known_troll', 'fr')).toBe('troll connu');
    expect(labelText('vip_customer', 'en')).toBe('VIP customer');
    expect(labelText('revendeur', 'en')).toBe('revendeur');
    expect(labelText('toString', 'en')).toBe('toString');
  });
});

describe('normaliseNote', () => {
  it('trims, removes control characters but keeps line breaks, and bounds the length', () => {
    expect(normaliseNote('  a\u0000b\nc  ')).toBe('ab\nc');
    expect(normaliseNote('y'.repeat(5000))).toHaveLength(NOTE_MAX);
  });
});

describe('recount', () => {
  it('adds a new verdict, moves a changed one and removes a dismissed one, never below zero', () => {
    let c = recount({}, null, 'flamer');
    expect(c).toEqual({ flamer: 1 });
    c = recount(c, null, 'flamer');
    c = recount(c, 'flamer', 'spammer');
    expect(c).toEqual({ flamer: 1, spammer: 1 });
    c = recount(c, 'spammer', null);
    expect(c).toEqual({ flamer: 1 });
    c = recount(c, 'hate', null);
    expect(c).toEqual({ flamer: 1 });
  });

  it('changes nothing when the type is the same (a comment seen again is not counted twice)', () => {
    const c = { flamer: 2 };
    expect(recount(c, 'flamer', 'flamer')).toBe(c);
  });
});

describe('readCounts / trollFlags / worthAChip', () => {
  it('drops unknown types and bad numbers read from storage', () => {
    expect(readCounts({ flamer: 2, nope: 3, spammer: -1, hate: 1.5, sealion: '2' })).toEqual({ flamer: 2 });
    expect(readCounts(null)).toEqual({});
  });

  it('counts every type as a flag except the unhappy customer', () => {
    expect(trollFlags({ flamer: 2, spammer: 1, unhappy_customer: 4 })).toBe(3);
  });

  it('gives a chip to labelled, annotated or flagged authors only', () => {
    expect(worthAChip({ labels: [], note: '', counts: {} })).toBe(false);
    expect(worthAChip({ labels: [], note: '', counts: { unhappy_customer: 3 } })).toBe(false);
    expect(worthAChip({ labels: ['known_troll'], note: '', counts: {} })).toBe(true);
    expect(worthAChip({ labels: [], note: 'a vu le SAV', counts: {} })).toBe(true);
    expect(worthAChip({ labels: [], note: '', counts: { spammer: 1 } })).toBe(true);
  });
});

describe('rememberText', () => {
  it('keeps the latest texts, newest last, without repeats, bounded', () => {
    let r: string[] = [];
    for (const t of ['a', 'b', 'a', 'c', 'd', 'e', 'f', '  ']) r = rememberText(r, t);
    expect(r).toEqual(['b', 'a', 'c', 'd', 'e', 'f'].slice(-RECENT_MAX));
  });
});

describe('trollThreshold', () => {
  it('is stricter at low sensitivity and medium by default', () => {
    expect(trollThreshold('low')).toBeGreaterThan(trollThreshold('medium'));
    expect(trollThreshold('medium')).toBeGreaterThan(trollThreshold('high'));
    expect(trollThreshold(undefined)).toBe(trollThreshold('medium'));
  });
});
