// The message contracts: each capability's routes.ts lists its own messages, protocol.ts merges them,
// and the background answers every one of them. A message declared twice would be silently replaced
// by the spread, hence the checks below.
import { describe, expect, it } from 'vitest';
import { contentProtocol, protocol } from '../../utils/messaging/protocol';
import { mentionsContentRoutes, mentionsRoutes } from '../../utils/mentions/routes';
import { trollsContentRoutes, trollsRoutes } from '../../utils/trolls/routes';
import { settingsContentRoutes, settingsRoutes } from '../../utils/settings/routes';
import { toneContentRoutes, toneRoutes } from '../../utils/tone/routes';
import { snippetsRoutes } from '../../utils/snippets/routes';
import { kitRoutes } from '../../utils/kit/routes';
import { syncRoutes } from '../../utils/sync/routes';
import { reportsRoutes } from '../../utils/reports/routes';
import { teamReportsRoutes } from '../../utils/reports/team-routes';
import { backupRoutes } from '../../utils/reports/backup-routes';
import { careRoutes } from '../../utils/care/routes';
import { createHandlers } from '../../utils/background/handlers';
import { TactDB } from '../../utils/db/schema';

const capabilities = {
  mentions: { routes: mentionsRoutes, prefixes: ['page', 'items', 'brands', 'alerts', 'tab'] },
  trolls: { routes: trollsRoutes, prefixes: ['trolls', 'authors'] },
  settings: { routes: settingsRoutes, prefixes: ['settings'] },
  tone: { routes: toneRoutes, prefixes: ['tone', 'suggest', 'replies', 'ai'] },
  snippets: { routes: snippetsRoutes, prefixes: ['snippets'] },
  kit: { routes: kitRoutes, prefixes: ['kit', 'subscriptions'] },
  sync: { routes: syncRoutes, prefixes: ['sync', 'roaming'] },
  reports: { routes: { ...reportsRoutes, ...teamReportsRoutes, ...backupRoutes }, prefixes: ['reports', 'backup'] },
  care: { routes: careRoutes, prefixes: ['care'] },
};
const contentMaps = [mentionsContentRoutes, trollsContentRoutes, settingsContentRoutes, toneContentRoutes];

describe('protocol', () => {
  it('merges every capability’s routes, each message declared by exactly one capability', () => {
    const keys = Object.values(capabilities).flatMap((c) => Object.keys(c.routes));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(protocol).sort()).toEqual([...keys].sort());
  });

  it.each(Object.entries(capabilities))('keeps %s’s messages under its own prefixes', (_name, c) => {
    for (const type of Object.keys(c.routes)) expect(c.prefixes).toContain(type.split('.')[0]);
  });

  it('merges the messages to content scripts without declaring one twice', () => {
    const keys = ['composer.insert', ...contentMaps.flatMap((m) => Object.keys(m))];
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(contentProtocol).sort()).toEqual([...keys].sort());
  });

  it('has a background handler for every message, and none for an undeclared one', () => {
    const noop = async () => {};
    const handlers = createHandlers(new TactDB(`routes-${Math.random()}`), {
      setBadge: noop,
      notify: noop,
      revealInTab: async () => false,
      openTab: noop,
    });
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(protocol).sort());
  });
});
