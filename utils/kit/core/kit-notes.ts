// A subscribed brand kit's troll notes, kept apart from the moderator's own. They live on the author
// row under `kitNotes[subscriptionId]`, never in its `labels`/`notes`: a refresh replaces them and
// unsubscribing removes them without touching a word the moderator wrote. Pure: utils/kit/notes-repo.ts
// writes what this decides.
import { naturalKey, type Kit, type TrollNote } from './document';
import { KIT_NAME_MAX, KIT_NOTES_MAX, normaliseLabels, normaliseNote } from '../../trolls/core/author-memory';
import type { Author } from '../../trolls/core/author';

/** What one kit says of one author (labels and note bounded like the moderator's own). */
export interface KitNote {
  labels: string[];
  notes: string;
  /** Shown as "from {kitName} kit". */
  kitName: string;
}
export type KitNotes = Record<string, KitNote>;

/** The author row this module reads and writes (one definition: trolls/core/author.ts). */
export type KitNotedAuthor = Author;

export { KIT_NAME_MAX, KIT_NOTES_MAX };

/** The name a kit goes by: its brand when it has exactly one, else the host it is served from. */
export function kitNameOf(url: string, kit: Pick<Kit, 'brands'>): string {
  const brands = [...new Set(kit.brands.map((b) => b.name.trim()).filter(Boolean))];
  if (brands.length === 1) return brands[0]!.slice(0, KIT_NAME_MAX);
  try {
    return new URL(url).hostname.slice(0, KIT_NAME_MAX);
  } catch {
    return url.slice(0, KIT_NAME_MAX);
  }
}

/** A kit note tidied like the moderator's own; null when nothing is left to say. */
export function toKitNote(note: Pick<TrollNote, 'labels' | 'notes'>, kitName: string): KitNote | null {
  const labels = normaliseLabels(note.labels);
  const notes = normaliseNote(note.notes);
  return labels.length > 0 || notes ? { labels, notes, kitName } : null;
}

/** Whether the row holds anything but this subscription's notes (then it is never deleted). */
function holdsMore(a: KitNotedAuthor, subscriptionId: string): boolean {
  const otherKits = Object.keys(a.kitNotes ?? {}).some((id) => id !== subscriptionId);
  return (
    a.firstSeenAt > 0 ||
    a.notes.trim() !== '' ||
    a.labels.length > 0 ||
    otherKits ||
    Object.keys(a.counts ?? {}).length > 0 ||
    (a.recent ?? []).length > 0
  );
}

function without(notes: KitNotes | undefined, subscriptionId: string): KitNotes {
  const next: KitNotes = {};
  for (const [id, n] of Object.entries(notes ?? {})) if (id !== subscriptionId) next[id] = n;
  return next;
}

export interface KitNoteWrites {
  put: KitNotedAuthor[];
  delete: string[];
}

/**
 * The author writes that make subscription `subscriptionId` say exactly `notes` (an empty list:
 * unsubscribe). `existing` holds every author row the kit names plus every row carrying this
 * subscription's notes. A row created only for a kit goes when no kit speaks of it any more.
 */
export function planKitNotes(
  existing: readonly KitNotedAuthor[],
  subscriptionId: string,
  kitName: string,
  notes: readonly TrollNote[],
): KitNoteWrites {
  const byKey = new Map(existing.map((a) => [a.key, a]));
  const wanted = new Map<string, { note: KitNote; source: TrollNote }>();
  for (const source of notes) {
    const note = toKitNote(source, kitName);
    if (note) wanted.set(naturalKey.trollNote(source), { note, source });
  }
  const out: KitNoteWrites = { put: [], delete: [] };
  for (const a of existing) {
    if (wanted.has(a.key) || !a.kitNotes || !Object.hasOwn(a.kitNotes, subscriptionId)) continue;
    if (holdsMore(a, subscriptionId)) out.put.push({ ...a, kitNotes: without(a.kitNotes, subscriptionId) });
    else out.delete.push(a.key);
  }
  for (const [key, { note, source }] of wanted) {
    const old = byKey.get(key);
    const base: KitNotedAuthor = old ?? {
      key,
      platform: source.platform,
      handle: source.handle.trim(),
      name: source.name?.trim() ?? '',
      url: '',
      firstSeenAt: 0,
      lastSeenAt: 0,
      notes: '',
      labels: [],
      counts: {},
      recent: [],
    };
    const current = old?.kitNotes?.[subscriptionId];
    if (current && sameNote(current, note)) continue;
    out.put.push({ ...base, kitNotes: { ...without(base.kitNotes, subscriptionId), [subscriptionId]: note } });
  }
  return out;
}

function sameNote(a: KitNote, b: KitNote): boolean {
  return (
    a.kitName === b.kitName &&
    a.notes === b.notes &&
    a.labels.length === b.labels.length &&
    a.labels.every((l, i) => l === b.labels[i])
  );
}

/** The kits' notes on an author as the page shows them, in a stable order (by kit name). */
export function kitNotesView(notes: KitNotes | undefined): Array<{ kit: string; labels: string[]; note: string }> {
  return Object.values(notes ?? {})
    .filter((n) => n && typeof n.kitName === 'string' && Array.isArray(n.labels) && typeof n.notes === 'string')
    .map((n) => ({ kit: n.kitName, labels: [...n.labels], note: n.notes }))
    .sort((a, b) => a.kit.localeCompare(b.kit))
    .slice(0, KIT_NOTES_MAX);
}
