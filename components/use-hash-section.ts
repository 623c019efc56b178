// Which section of a settings page is open, kept in the URL's hash (`options.html#tone`), so a
// section can be linked to and back/forward work. A change while a form is dirty waits for a choice.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DirtyRegistry } from './dirty';

/** The section a hash names, or the fallback for an empty or unknown one. */
export function sectionFromHash(hash: string, ids: readonly string[], fallback: string): string {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape ('#%') names no section.
  }
  return ids.includes(id) ? id : fallback;
}

export interface HashSection {
  current: string;
  /** The section the user asked for while a form held unsaved edits, until they choose. */
  pending: string | null;
  /** Leave: unsaved edits are dropped and the asked-for section opens. */
  leave(): void;
  /** Stay: the URL goes back to the open section. */
  stay(): void;
}

export function useHashSection(ids: readonly string[], fallback: string, dirty: DirtyRegistry | null): HashSection {
  const read = useCallback(() => sectionFromHash(location.hash, ids, fallback), [ids, fallback]);
  const [current, setCurrent] = useState(read);
  const [pending, setPending] = useState<string | null>(null);
  const currentRef = useRef(current);
  currentRef.current = current;

  useEffect(() => {
    const onHashChange = () => {
      const next = read();
      if (next === currentRef.current) return setPending(null);
      if (dirty?.any()) setPending(next);
      else setCurrent(next);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, [read, dirty]);

  const leave = useCallback(() => {
    if (pending === null) return;
    dirty?.clear();
    setCurrent(pending);
    setPending(null);
  }, [pending, dirty]);

  const stay = useCallback(() => {
    // replaceState fires no hashchange: the URL names the open section again, nothing else moves.
    history.replaceState(null, '', `#${currentRef.current}`);
    setPending(null);
  }, []);

  return { current, pending, leave, stay };
}
