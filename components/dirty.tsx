// Unsaved changes, shared by a page's forms: each form reports with one line, `useDirty(isDirty)`
// (or `useDirtyValues(values, saved)`), and the page asks before anything would throw them away:
// the browser's own prompt when the page is left, an in-app confirm when the section changes.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useId, useLayoutEffect, useMemo } from 'preact/hooks';

export interface DirtyRegistry {
  set(id: string, dirty: boolean): void;
  /** True while any form reports unsaved edits. */
  any(): boolean;
  /** Forgets every report (the user chose to leave without saving). */
  clear(): void;
}

export function createDirtyRegistry(): DirtyRegistry {
  const dirty = new Set<string>();
  return {
    set: (id, value) => void (value ? dirty.add(id) : dirty.delete(id)),
    any: () => dirty.size > 0,
    clear: () => dirty.clear(),
  };
}

const DirtyContext = createContext<DirtyRegistry | null>(null);

/** Holds the page's reports and makes the browser ask before the page is closed or reloaded. */
export function DirtyProvider({ registry, children }: { registry?: DirtyRegistry; children: ComponentChildren }) {
  const value = useMemo(() => registry ?? createDirtyRegistry(), [registry]);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!value.any()) return;
      event.preventDefault();
      // Older Chromium needs returnValue set to show its prompt (the text itself is not shown).
      event.returnValue = '';
    };
    addEventListener('beforeunload', onBeforeUnload);
    return () => removeEventListener('beforeunload', onBeforeUnload);
  }, [value]);
  return <DirtyContext.Provider value={value}>{children}</DirtyContext.Provider>;
}

export function useDirtyRegistry(): DirtyRegistry | null {
  return useContext(DirtyContext);
}

/** A form says whether it holds unsaved edits; the report goes away when the form unmounts. */
export function useDirty(isDirty: boolean): void {
  const registry = useContext(DirtyContext);
  const id = useId();
  // A layout effect runs as the render commits, so the report is there before any later event (an
  // effect waits for the next frame: a close right after typing would not be asked about).
  useLayoutEffect(() => {
    registry?.set(id, isDirty);
  }, [registry, id, isDirty]);
  useLayoutEffect(() => () => registry?.set(id, false), [registry, id]);
}

/** Same as useDirty, from the form's values and the values it was opened (or last saved) with. */
export function useDirtyValues(values: unknown, saved: unknown): void {
  useDirty(JSON.stringify(values) !== JSON.stringify(saved));
}
