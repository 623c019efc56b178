// Dexie liveQuery as a Preact hook: the pages read the database directly and re-render whenever the
// background writes what a query read (https://dexie.org/docs/liveQuery()).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type Live<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: unknown };

/** Runs `querier` now and again after every change to what it read; `deps` restart it. */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    setState({ status: 'loading' });
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ status: 'ok', value }),
      error: (error: unknown) => {
        console.error('[tact] live query failed', error);
        setState({ status: 'error', error });
      },
    });
    return () => subscription.unsubscribe();
    // The caller lists what the querier uses (deps), as with useEffect.
  }, deps);
  return state;
}
