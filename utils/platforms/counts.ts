// Counts as pages show them ("1,2 k", "1.2K", "12 k", "1 234", "8,724", "22 Likes. Like", "١٤٢"),
// read back as whole numbers for Item.reactions. Page text is untrusted: no number, no count.

const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  mille: 1e3,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  milliard: 1e9,
  milliards: 1e9,
};

/** The largest count kept: beyond it the text is not a reaction count. */
const MAX_COUNT = 1e12;

// A grouped integer (1 234, 8,724, 1.234.567) or a plain number with an optional decimal part and
// an optional multiplier word; the sign is read so a negative Reddit score is not taken as positive.
const COUNT_RE =
  /([-−]?)(\d{1,3}(?:[ ,.'’]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(k|thousand|mille|millions?|m|md|bn|b|billion|milliards?)?(?![\p{L}\d])/iu;

/** Arabic-Indic and Persian digits as ASCII ones (Facebook writes counts in the page's digits). */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}

/** The first count in `label`, signed, or null when it holds none. */
export function parseCount(label: string | null | undefined): number | null {
  if (!label) return null;
  const text = asciiDigits(label.slice(0, 200)).replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
  const m = COUNT_RE.exec(text);
  if (!m) return null;
  const [, sign, digits = '', word] = m;
  const multiplier = word ? (MULTIPLIER[word.toLowerCase()] ?? 1) : 1;
  let value: number;
  if (/^\d{1,3}(?:[ ,.'’]\d{3})+$/.test(digits) && !(word && /^\d{1,3}[.,]\d{3}$/.test(digits))) {
    value = Number(digits.replace(/[ ,.'’]/g, ''));
  } else {
    value = Number(digits.replace(',', '.'));
    // "1,5" alone is no count; "1,5 k" is.
    if (!word && !Number.isInteger(value)) return null;
  }
  const count = Math.round(value * multiplier);
  if (!Number.isFinite(count) || count > MAX_COUNT) return null;
  return sign ? -count : count;
}

/** The first candidate holding a count, as a reaction count (never below zero); null when none does. */
export function reactionsFrom(candidates: readonly (string | null | undefined)[]): number | null {
  for (const label of candidates) {
    const n = parseCount(label);
    if (n !== null) return Math.max(0, n);
  }
  return null;
}
