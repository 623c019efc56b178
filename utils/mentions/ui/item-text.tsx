// An item's text with its brand mentions highlighted. Page text is untrusted: it only ever becomes
// text nodes (never innerHTML), split at the mention spans the background computed.
import type { Mention } from '../core/match';

export interface Segment {
  text: string;
  mention?: Mention;
}

/** Cuts `text` at the spans; overlapping or out-of-range spans are dropped, the earliest wins. */
export function segmentsOf(text: string, mentions: readonly Mention[]): Segment[] {
  const spans = mentions
    .filter(
      (m) =>
        Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= text.length,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

export function ItemText({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  return (
    <p class="item-text">
      {segmentsOf(text, mentions).map((s, i) =>
        s.mention ? (
          <mark key={i} class="mention" data-brand-id={s.mention.brandId}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}
