// settings.set tells the open platform tabs when the UI language changes (overlay.settings), and
// only then; a push that fails never undoes the saved setting.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers, type Effects } from '../../utils/background/handlers';
import * as repo from '../../utils/settings/repo';

let db: TactDB;
beforeEach(() => {
  db = new TactDB(`lang-push-${Math.random()}`);
});

function handlersWith(pushLanguage: Effects['pushLanguage']) {
  return createHandlers(db, {
    setBadge: async () => {},
    notify: async () => {},
    revealInTab: async () => false,
    openTab: async () => {},
    pushLanguage,
  });
}
const ctx = { sender: 'page' } as never;

describe('settings.set language push', () => {
  it('pushes the new language when it changes, not when something else does', async () => {
    const push = vi.fn(async () => {});
    const h = handlersWith(push);
    await h['settings.set']({ language: 'fr' }, ctx);
    expect(push).toHaveBeenCalledWith('fr');
    await h['settings.set']({ language: 'fr' }, ctx);
    await h['settings.set']({ onboarded: true }, ctx);
    expect(push).toHaveBeenCalledTimes(1);
    await h['settings.set']({ language: 'auto' }, ctx);
    expect(push).toHaveBeenLastCalledWith('auto');
  });

  it('keeps the setting when the push fails', async () => {
    const h = handlersWith(async () => {
      throw new Error('no tabs');
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(h['settings.set']({ language: 'en' }, ctx)).resolves.toMatchObject({ language: 'en' });
    expect((await repo.getSettings(db)).language).toBe('en');
    spy.mockRestore();
  });
});
