import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../utils/mentions/core/intent';
import { ageBonus, nextStep, priority, reachBonus } from '../../utils/mentions/core/priority';
import { analyseMention } from '../../utils/mentions/core/analyse';

const now = Date.UTC(2025, 0, 15, 12);
const HOUR = 3_600_000;

describe('priority', () => {
  it(
    'returns priorities ordered urgent > complaint > question > purchase_intent > praise > other, all else ' + 'equal',
    () => {
      const p = INTENTS.map((intent) => priority({ intent, sentiment: 0, now }));
      expect([...p].sort((a, z) => z - a)).toEqual(p);
      expect(new Set(p).size).toBe(p.length);
    },
  );

  it('returns a lower priority for the most pressing complaint than for the calmest urgent mention', () => {
    const complaint = priority({ intent: 'complaint', sentiment: -1, followers: 1e9, since: now - 1000 * HOUR, now });
    const urgent = priority({ intent: 'urgent', sentiment: 1, followers: 0, since: now, now });
    expect(complaint).toBeLessThan(urgent);
  });

  it.each([
    ['a more negative sentiment', { sentiment: -0.9 }, { sentiment: 0 }],
    ['a larger audience', { followers: 100_000 }, { followers: 50 }],
    ['an older unanswered mention', { since: now - 48 * HOUR }, { since: now - HOUR }],
  ])('returns a higher priority for %s', (_name, more, less) => {
    const base = { intent: 'complaint' as const, sentiment: -0.2, now };
    expect(priority({ ...base, ...more })).toBeGreaterThan(priority({ ...base, ...less }));
  });

  it('returns a value between 0 and 100, and no age bonus once answered or in the future', () => {
    expect(priority({ intent: 'urgent', sentiment: -5, followers: 1e12, since: 0, now })).toBe(100);
    expect(priority({ intent: 'other', sentiment: 1, now })).toBeGreaterThanOrEqual(0);
    expect(ageBonus(now - 100 * HOUR, now, true)).toBe(0);
    expect(ageBonus(now + HOUR, now)).toBe(0);
    expect(ageBonus(0, now)).toBeLessThanOrEqual(8);
  });

  it('returns no reach bonus when the follower count is unknown or tiny', () => {
    expect(reachBonus(undefined)).toBe(0);
    expect(reachBonus(null)).toBe(0);
    expect(reachBonus(5)).toBe(0);
    expect(reachBonus(1000)).toBeCloseTo(5);
  });
});

describe('nextStep', () => {
  it.each(INTENTS)('returns a distinct French and English next step for %s', (intent) => {
    const fr = nextStep(intent, 'fr');
    const en = nextStep(intent, 'en');
    expect(fr.length).toBeGreaterThan(20);
    expect(en.length).toBeGreaterThan(20);
    expect(fr).not.toBe(en);
  });

  it('returns a safety instruction for urgent mentions', () => {
    expect(nextStep('urgent', 'fr')).toMatch(/sécurité/);
    expect(nextStep('urgent', 'en')).toMatch(/safety/);
  });
});

describe('analyseMention', () => {
  const acme = { id: 'acme', name: 'Acme', handles: ['@acme'] };

  it('returns mentions, intent, sentiment, priority and the next step in the comment language', () => {
    const a = analyseMention('@acme ma trottinette a pris feu !!!', {
      brands: [acme],
      followers: 2000,
      since: now - 2 * HOUR,
      now,
    });
    expect(a.mentions.map((m) => m.term)).toEqual(['@acme']);
    expect(a).toMatchObject({ lang: 'fr', intent: 'urgent' });
    expect(a.sentiment).toBeLessThan(0);
    expect(a.priority).toBeGreaterThanOrEqual(74);
    expect(a.nextStep).toBe(nextStep('urgent', 'fr'));
  });

  it('returns the same result for the same input and time (pure)', () => {
    const opts = { brands: [acme], since: now - 5 * HOUR, now };
    expect(analyseMention('Acme, where can I buy one?', opts)).toEqual(
      analyseMention('Acme, where can I buy one?', opts),
    );
  });
});
