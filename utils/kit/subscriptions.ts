// Brand-kit subscriptions, run by the background: subscribe (after the page obtained the host
// permission), refresh one or all (alarm, start-up, "refresh now"), unsubscribe. One refresh at a time
// per subscription, so an alarm and a click do not fetch twice.
import { checkKitUrl } from './core/subscription';
import type { SubscriptionRow, TactDB } from '../db/schema';
import { refreshSubscription, unsubscribe } from './subscriptions-repo';

type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export interface SubscriptionDeps {
  db: TactDB;
  fetch: FetchFn;
  /** Whether the extension may fetch from this origin pattern ("https://kits.example.com/*"). */
  hasOrigin: (pattern: string) => Promise<boolean>;
  now: () => number;
}

export class UserError extends Error {
  constructor(readonly key: string) {
    super(key);
    this.name = 'UserError';
  }
}

export function createSubscriptions(deps: SubscriptionDeps) {
  const running = new Map<string, Promise<SubscriptionRow>>();

  function refreshOne(sub: SubscriptionRow): Promise<SubscriptionRow> {
    const current = running.get(sub.id);
    if (current) return current;
    const run = refreshSubscription(deps.db, sub, deps.fetch, deps.now())
      .then((r) => r.row)
      .finally(() => running.delete(sub.id));
    running.set(sub.id, run);
    return run;
  }

  return {
    async add(input: string): Promise<SubscriptionRow> {
      const checked = checkKitUrl(input);
      if (!checked.ok) throw new UserError(checked.message);
      if (!(await deps.hasOrigin(checked.pattern))) throw new UserError('sub.error.permission');
      const existing = await deps.db.subscriptions.where('url').equals(checked.url).first();
      if (existing) return refreshOne(existing);
      const row: SubscriptionRow = {
        id: crypto.randomUUID(),
        url: checked.url,
        createdAt: deps.now(),
        etag: null,
        lastCheckAt: null,
        lastOkAt: null,
        lastError: null,
        counts: { brands: 0, toneProfiles: 0, snippets: 0, trollNotes: 0 },
      };
      await deps.db.subscriptions.put(row);
      // Kept even when the first fetch fails: the error shows next to it, and it is retried.
      return refreshOne(row);
    },
    async refresh(id?: string): Promise<SubscriptionRow[]> {
      const subs = id
        ? [await deps.db.subscriptions.get(id)].filter((s) => s !== undefined)
        : await deps.db.subscriptions.toArray();
      const out: SubscriptionRow[] = [];
      // One after the other: a service worker woken by an alarm has little time and two cores are shared.
      for (const sub of subs) out.push(await refreshOne(sub));
      return out;
    },
    async remove(id: string): Promise<number> {
      return unsubscribe(deps.db, id);
    },
  };
}
export type Subscriptions = ReturnType<typeof createSubscriptions>;
