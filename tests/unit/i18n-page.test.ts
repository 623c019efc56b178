// The content script's own strings (utils/overlay/i18n.ts) read exactly as the full dictionaries.
import { describe, expect, it } from 'vitest';
import { en, fr } from '../../utils/i18n/messages';
import { enPage, frPage, isPageKey, t, type PageKey } from '../../utils/overlay/i18n';

describe('page strings', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(frPage).sort()).toEqual(Object.keys(enPage).sort());
  });

  it('reads each key as the full dictionaries do, in both languages', () => {
    for (const key of Object.keys(enPage) as PageKey[]) {
      expect([key, enPage[key]]).toEqual([key, en[key]]);
      expect([key, frPage[key]]).toEqual([key, fr[key]]);
    }
  });

  it('holds a small part of them', () => {
    expect(Object.keys(enPage).length).toBeLessThan(Object.keys(en).length / 3);
  });

  it('interpolates like the full lookup', () => {
    expect(t('fr', 'card.title', { brands: 'Acme' })).toBe('Tact : mentionne Acme. Voir le détail');
    expect(isPageKey('ai.error.unauthorized')).toBe(true);
    expect(isPageKey('settings.nav')).toBe(false);
  });
});
