// Which clause of a brand's charter a troll breaks: the first clause (in the charter's order) that
// covers the verdict's type; when none does, the first that covers a behaviour the type implies (a
// flamer insults and swears, a spammer advertises, a derailer goes off topic…). The clause is numbered
// by its position (1-based) and given in the item's language, falling back to the other language
// for a title or a text left empty. The unhappy customer breaks no rule: never a clause. Pure.
import type { CHARTER_BEHAVIOURS, Charter, CharterCover, Clause } from './charter';
import type { ClauseRef } from './care-info';
import type { TrollTypeId } from '../../trolls/core/typology';

type CharterBehaviour = (typeof CHARTER_BEHAVIOURS)[number];

/** The behaviours each troll type implies, most telling first (used when no clause names the type). */
export const IMPLIED_BEHAVIOURS: Record<Exclude<TrollTypeId, 'unhappy_customer'>, readonly CharterBehaviour[]> = {
  flamer: ['insult', 'profanity'],
  hate: ['insult', 'illegal'],
  harasser: ['insult', 'personal_data'],
  spammer: ['advertising'],
  conspiracist: [],
  derailer: ['off_topic'],
  lecturer: [],
  sealion: [],
  astroturfer: ['impersonation', 'advertising'],
};

/** The clause a verdict of `type` breaks, in `lang`; null when the charter has none for it. */
export function clauseFor(charter: Charter, type: TrollTypeId, lang: 'fr' | 'en'): ClauseRef | null {
  if (type === 'unhappy_customer') return null;
  const wanted: CharterCover[] = [type, ...IMPLIED_BEHAVIOURS[type]];
  for (const cover of wanted) {
    const index = charter.clauses.findIndex((c) => c.covers.includes(cover));
    if (index >= 0) return clauseRef(charter.clauses[index]!, index + 1, lang);
  }
  return null;
}

/** A clause as cited: its id, number, and title and text in `lang` (else the other language). */
export function clauseRef(clause: Clause, n: number, lang: 'fr' | 'en'): ClauseRef {
  const other = lang === 'fr' ? 'en' : 'fr';
  return {
    id: clause.id,
    n,
    title: clause.title[lang] || clause.title[other],
    text: clause.text[lang] || clause.text[other],
  };
}

/**
 * The clause an item's verdict breaks, from the brands' charters: the charter of a brand the item
 * names, else the only brand with a charter (as the troll card shows it). Null when none applies.
 */
export function clauseOfItem(
  brands: ReadonlyArray<{ id: string; charter?: Charter }>,
  brandIds: readonly string[],
  type: TrollTypeId,
  lang: 'fr' | 'en',
): (ClauseRef & { brandId: string }) | null {
  // A brand stored before the charter existed may have none.
  const withCharter = brands.filter((b): b is { id: string; charter: Charter } => (b.charter?.clauses.length ?? 0) > 0);
  const brand =
    withCharter.find((b) => brandIds.includes(b.id)) ?? (withCharter.length === 1 ? withCharter[0] : undefined);
  const ref = brand ? clauseFor(brand.charter, type, lang) : null;
  return ref && brand ? { ...ref, brandId: brand.id } : null;
}
