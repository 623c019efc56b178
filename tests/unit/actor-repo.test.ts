import { describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { currentActor } from '../../utils/settings/actor-repo';
import { updateSettings } from '../../utils/settings/repo';

describe('currentActor', () => {
  it('is the CM name, else the sync device label, else empty', async () => {
    const db = new TactDB(`actor-${Math.random()}`);
    expect(await currentActor(db)).toBe('');
    await db.syncMeta.put({ key: 'account', value: { label: ' Laptop Léa ', token: 'secret' } });
    expect(await currentActor(db)).toBe('Laptop Léa');
    await updateSettings(db, { cmName: 'Léa' });
    expect(await currentActor(db)).toBe('Léa');
    db.close();
  });

  it('ignores a sync account row without a label', async () => {
    const db = new TactDB(`actor-${Math.random()}`);
    await db.syncMeta.put({ key: 'account', value: { token: 'secret' } });
    expect(await currentActor(db)).toBe('');
    db.close();
  });
});
