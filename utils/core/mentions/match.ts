// First brand matcher: finds a brand's names, aliases, @handles, #hashtags and products in a text,
// ignoring case and accents, on word boundaries, minus exclusion phrases. Returns spans in the
// original text. (The full matcher — misspellings, leet, boolean queries, one automaton — is issue 4.)
import { fold, foldTerm } from '../text/fold';
import { brandTerms, type Brand } from '../brands/schema';

export interface Mention {
  brandId: string;
  brandName: string;
  /** The brand term that matched, as the user wrote it. */
  term: string;
  /** Span in the original text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_]/u;

function isBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !WORD.test(ch);
}

/** Every folded occurrence of `needle` in `hay` that starts and ends on a word boundary. */
function occurrences(hay: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  const startsWithWord = WORD.test(needle[0] ?? '');
  const endsWithWord = WORD.test(needle[needle.length - 1] ?? '');
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) break;
    const end = at + needle.length;
    const okStart = !startsWithWord || isBoundary(hay, at - 1);
    const okEnd = !endsWithWord || isBoundary(hay, end);
    if (okStart && okEnd) out.push([at, end]);
    from = at + 1;
  }
  return out;
}

type MatchableBrand = Pick<Brand, 'id' | 'name' | 'aliases' | 'handles' | 'hashtags' | 'products' | 'exclude'>;

/** The mentions of any of `brands` in `text`, sorted by position, without overlaps. */
export function findMentions(text: string, brands: readonly MatchableBrand[]): Mention[] {
  const folded = fold(text);
  const found: Mention[] = [];
  for (const brand of brands) {
    const excluded = brand.exclude.flatMap((e) => occurrences(folded.text, foldTerm(e)));
    for (const term of brandTerms(brand)) {
      for (const [s, e] of occurrences(folded.text, foldTerm(term))) {
        if (excluded.some(([xs, xe]) => s < xe && e > xs)) continue;
        const start = folded.origin[s] ?? 0;
        const lastOrigin = folded.origin[e - 1] ?? start;
        // The end is just past the original character the last folded one came from.
        const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
        found.push({ brandId: brand.id, brandName: brand.name, term, start, end });
      }
    }
  }
  // Longest first at the same place, then drop overlaps so each stretch of text counts once.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Mention[] = [];
  for (const m of found) {
    const last = result[result.length - 1];
    if (last && m.start < last.end) continue;
    result.push(m);
  }
  return result;
}
