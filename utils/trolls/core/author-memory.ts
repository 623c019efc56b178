// What Tact remembers of an author, locally: how many of their comments got each verdict type,
// when they were first and last seen, a few of their recent texts (context for the next verdict),
// and the moderator's own labels and note. Pure: the database code (utils/trolls/repo.ts) calls it.
import { isTroll, isTrollTypeId, type TrollTypeId } from './type-names';
import type { AuthorMemory } from './author';

/** Labels offered as one click; stored by id, shown in the UI language. Free text is stored as typed. */
export const LABEL_PRESETS = {
  known_troll: { fr: 'troll connu', en: 'known troll' },
  vip_customer: { fr: 'client VIP', en: 'VIP customer' },
} as const;
export type LabelPreset = keyof typeof LABEL_PRESETS;

export const LABEL_MAX = 40;
export const LABELS_MAX = 10;
export const NOTE_MAX = 1000;
export const RECENT_MAX = 5;
/** A subscribed kit's name as shown ("from {kit} kit"), and how many kits' notes one author shows. */
export const KIT_NAME_MAX = 60;
export const KIT_NOTES_MAX = 20;
const RECENT_TEXT_MAX = 1000;

export type TypeCounts = Partial<Record<TrollTypeId, number>>;

// The shapes live once, as zod schemas, in author.ts.
export type { AuthorMemory, KitNoteView } from './author';

const tidy = (s: string) =>
  s
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Trimmed, one line each, no empty or duplicate (case-insensitive) labels, bounded in size and number. */
export function normaliseLabels(labels: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of labels) {
    const label = tidy(raw).slice(0, LABEL_MAX).trim();
    const id = label.toLowerCase();
    if (!label || seen.has(id)) continue;
    // A preset typed in either language is the preset, so it shows in the reader's language.
    const preset = (Object.keys(LABEL_PRESETS) as LabelPreset[]).find(
      (p) => p === id || LABEL_PRESETS[p].fr.toLowerCase() === id || LABEL_PRESETS[p].en.toLowerCase() === id,
    );
    const value = preset ?? label;
    if (seen.has(value)) continue;
    seen.add(value);
    seen.add(id);
    out.push(value);
    if (out.length >= LABELS_MAX) break;
  }
  return out;
}

export function normaliseNote(note: string): string {
  return note
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim()
    .slice(0, NOTE_MAX);
}

/** The text of a label in `lang` (presets translated, free text as typed). */
export function labelText(label: string, lang: 'fr' | 'en'): string {
  return Object.hasOwn(LABEL_PRESETS, label) ? LABEL_PRESETS[label as LabelPreset][lang] : label;
}

/**
 * Counts after one comment's verdict changed from `before` to `after` (null: not counted, e.g. no
 * type or dismissed by the moderator). Never below zero; a type at zero is dropped.
 */
export function recount(counts: TypeCounts, before: TrollTypeId | null, after: TrollTypeId | null): TypeCounts {
  if (before === after) return counts;
  const next: TypeCounts = { ...counts };
  if (before) {
    const n = (next[before] ?? 0) - 1;
    if (n > 0) next[before] = n;
    else delete next[before];
  }
  if (after) next[after] = (next[after] ?? 0) + 1;
  return next;
}

/** Counts read from storage: unknown types and bad numbers are dropped. */
export function readCounts(raw: unknown): TypeCounts {
  const out: TypeCounts = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw)) {
    if (isTrollTypeId(k) && typeof v === 'number' && Number.isInteger(v) && v > 0) out[k] = v;
  }
  return out;
}

/** Comments counted as trolling (every type but the unhappy customer). */
export function trollFlags(counts: TypeCounts): number {
  let n = 0;
  for (const [k, v] of Object.entries(counts)) if (isTrollTypeId(k) && isTroll(k)) n += v ?? 0;
  return n;
}

/**
 * Whether the author deserves a chip: the moderator or a subscribed kit labelled them or wrote a note,
 * or Tact flagged them.
 */
export function worthAChip(m: Pick<AuthorMemory, 'labels' | 'note' | 'counts' | 'kit'>): boolean {
  return (
    m.labels.length > 0 ||
    m.note.length > 0 ||
    trollFlags(m.counts) > 0 ||
    (m.kit ?? []).some((k) => k.labels.length > 0 || k.note.length > 0)
  );
}

/** The author's latest texts, newest last, without repeats, bounded: context for their next verdict. */
export function rememberText(recent: readonly string[], text: string): string[] {
  const t = text.slice(0, RECENT_TEXT_MAX);
  if (!t.trim()) return [...recent];
  return [...recent.filter((r) => r !== t), t].slice(-RECENT_MAX);
}
