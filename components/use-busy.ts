// One "working…" flag for a section whose buttons must wait for each other: `run` sets it for the
// time of one operation, and the buttons read `busy` to stay disabled meanwhile.
import { useState } from 'preact/hooks';

export interface Busy {
  busy: boolean;
  /** Runs `fn` with the flag set, cleared when it ends (well or not). */
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export function useBusy(): Busy {
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async run(fn) {
      setBusy(true);
      try {
        return await fn();
      } finally {
        setBusy(false);
      }
    },
  };
}
