// Team sync of newcomers' welcomes (issue #17, stretch): a teammate's welcome reaches this device and
// takes the newcomer off its list (and their "New here" chip); only a welcome is shared (not every
// author a device sees, nor when or with what it first saw them); a welcome is never taken back by
// the team. Two devices on the real sync server in process (PGlite), as tests/unit/sync-dexie.test.ts.
import { describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { SyncService } from '../../utils/sync/service';
import { httpCaller } from '../../utils/sync/core/client';
import { isShared, sharedFields, toLocalRow } from '../../utils/sync/tables';
import { memberKey, type Member } from '../../utils/care/core/member';
import { markWelcomed, newcomersToWelcome } from '../../utils/care/members-repo';
import { BASE } from '../server/harness';
import { teamServer } from '../support/team-server';

const team = teamServer();
const NOW = Date.now();

let n = 0;
async function device() {
  const local = new TactDB(`welcome-sync-${++n}-${Math.random()}`);
  const service = new SyncService(local, { fetch: team.srv.fetch, maxAttempts: 2, backoffBaseMs: 1, debounceMs: 5 });
  const { invite } = (await httpCaller(BASE, team.srv.fetch, team.adminToken)('POST', '/v1/invites', {
    role: 'editor',
  })) as {
    invite: string;
  };
  await service.join({ serverUrl: BASE, invite, label: `device ${n}` });
  await local.brands.put({ id: 'acme', name: 'Acme' } as never);
  return { local, service };
}

const member = (who: string, over: Partial<Member> = {}): Member => ({
  key: memberKey('acme', `reddit:u/${who}`),
  brandId: 'acme',
  authorKey: `reddit:u/${who}`,
  platform: 'reddit',
  name: who,
  handle: `u/${who}`,
  firstSeenAt: NOW - 60_000,
  firstItemKey: `reddit:t1_${who}`,
  welcomedAt: null,
  welcomedBy: null,
  ...over,
});

describe('welcomes through team sync', () => {
  it('shares only a welcome, only its shared fields', () => {
    expect(isShared('welcomes', member('paul') as never)).toBe(false);
    const welcomed = member('paul', { welcomedAt: NOW, welcomedBy: 'Léa' });
    expect(isShared('welcomes', welcomed as never)).toBe(true);
    expect(Object.keys(sharedFields('welcomes', welcomed as never)).sort()).toEqual([
      'authorKey',
      'brandId',
      'handle',
      'name',
      'platform',
      'welcomedAt',
      'welcomedBy',
    ]);
    // A record whose id is not its brand and author is refused.
    const fields = sharedFields('welcomes', welcomed as never);
    expect(toLocalRow('welcomes', 'other|reddit:u/paul', fields as never, undefined, NOW)).toBeUndefined();
    expect(
      toLocalRow('welcomes', welcomed.key, { ...fields, welcomedAt: null } as never, undefined, NOW),
    ).toBeUndefined();
  });

  it('a teammate’s welcome takes the newcomer off this device’s list; their own first sighting stays', async () => {
    const a = await device();
    const b = await device();
    // Both devices saw Paul and Nina arrive; B saw Paul first, with another item.
    await a.local.members.bulkPut([member('paul'), member('nina')]);
    await b.local.members.bulkPut([
      member('paul', { firstSeenAt: NOW - 120_000, firstItemKey: 'reddit:t1_other' }),
      member('nina'),
    ]);
    expect((await newcomersToWelcome(b.local, NOW)).map((r) => r.member.name)).toEqual(['nina', 'paul']);
    // Nothing to share yet: nobody welcomed anyone.
    expect((await a.service.syncNow()).lastError).toBeNull();
    // A welcomes Paul (an inserted welcome does the same through replies.log).
    await a.local.items.put({ key: 'reddit:t1_paul', authorKey: 'reddit:u/paul', platform: 'reddit' } as never);
    expect(await markWelcomed(a.local, 'reddit:t1_paul', NOW, 'Léa')).toBe(true);
    expect((await a.service.syncNow()).lastError).toBeNull();
    expect((await b.service.syncNow()).lastError).toBeNull();
    const paul = await b.local.members.get(memberKey('acme', 'reddit:u/paul'));
    expect(paul).toMatchObject({
      welcomedAt: NOW,
      welcomedBy: 'Léa',
      firstSeenAt: NOW - 120_000,
      firstItemKey: 'reddit:t1_other',
    });
    expect((await newcomersToWelcome(b.local, NOW)).map((r) => r.member.name)).toEqual(['nina']);
    // Nina, never welcomed, never left A.
    const records = await b.local.syncRecords.where('table').equals('welcomes').toArray();
    expect(records.map((r) => r.id)).toEqual([memberKey('acme', 'reddit:u/paul')]);
  }, 60_000);

  it('a device that never saw the newcomer keeps the welcome; clearing members here takes nothing back', async () => {
    const a = await device();
    const c = await device();
    await a.local.members.put(member('omar', { welcomedAt: NOW, welcomedBy: 'Léa' }));
    expect((await a.service.syncNow()).lastError).toBeNull();
    expect((await c.service.syncNow()).lastError).toBeNull();
    const omar = await c.local.members.get(memberKey('acme', 'reddit:u/omar'));
    expect(omar).toMatchObject({ welcomedAt: NOW, firstSeenAt: NOW, firstItemKey: '' });
    // C loses its members (a restore without them): no delete goes to the team.
    await c.local.members.clear();
    expect((await c.service.syncNow()).lastError).toBeNull();
    expect((await a.service.syncNow()).lastError).toBeNull();
    expect((await a.local.members.get(memberKey('acme', 'reddit:u/omar')))?.welcomedAt).toBe(NOW);
  }, 60_000);
});
