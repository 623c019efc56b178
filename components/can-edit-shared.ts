// Whether this browser may edit the items a team shares (brands, tone profiles, snippets, notes on
// authors): not when it joined the team as a viewer (the server would refuse the changes anyway, and
// the UI must not pretend otherwise). Read live, so joining or leaving updates every open page.
import { pageDb } from './db';
import { useLiveQuery } from './live-query';

export interface SharedAccess {
  canEdit: boolean;
  /** The team's name when this browser is in one. */
  team: string | null;
  role: 'viewer' | 'editor' | 'admin' | null;
}

export function useCanEditShared(): SharedAccess {
  const account = useLiveQuery(async () => {
    const row = await pageDb().syncMeta.get('account');
    const v = row?.value as { role?: SharedAccess['role']; teamName?: string } | undefined;
    return { role: v?.role ?? null, team: v?.teamName ?? null };
  }, []);
  // Until it is read (a few ms), editing stays allowed: most users are in no team.
  if (account.status !== 'ok') return { canEdit: true, team: null, role: null };
  return { canEdit: account.value.role !== 'viewer', ...account.value };
}
