// findCues (utils/core/trolls/cues.ts) scans with the rules' leading word boundary checked by hand,
// for speed; this checks it finds exactly what the rules as written find.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { RULES, findCues } from '../../utils/core/trolls/cues';

/** The rules as written, run one by one (what findCues did before the fast scan). */
function reference(text: string) {
  const out: Array<{ start: number; end: number; kind: string }> = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      let end = m.index + m[0].length;
      while (end > m.index + 1 && /\s/.test(text[end - 1]!)) end--;
      if (r.kind === 'phone' && (m[0].replace(/\D/g, '').length < 8 || /^\d{4}$/.test(m[0].trim()))) continue;
      out.push({ start: m.index, end, kind: r.kind });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const texts = ['typology-dev.jsonl', 'typology-eval.jsonl', 'abuse-extra.jsonl']
  .flatMap((f) => readFileSync(path.join(fixtures, f), 'utf8').split('\n'))
  .filter((l) => l.startsWith('{') && l.includes('"text"'))
  .flatMap((l) => {
    const o = JSON.parse(l) as { text: string; context?: { post?: string; thread?: Array<{ text: string }> } };
    return [o.text, o.context?.post ?? '', ...(o.context?.thread ?? []).map((c) => c.text)];
  });

// glued words, accents, emoji and other astral characters right before a cue
const tricky = [
  'supportsupport support', 'résupport', 'éordre order', '_order #12345', '9order #12345', '𝐀order #12345', '😡order #12345',
  '😡😡 t’es un naze', 'xt’es un naze', 'Ét’es un naze', 'aaa lol', 'maga MAGA', 'https://x.com/a?b=macron',
];

test('findCues finds exactly what the written rules find', () => {
  expect(texts.length).toBeGreaterThan(500);
  for (const t of [...texts, ...tricky]) {
    expect(findCues(t).map((m) => ({ start: m.start, end: m.end, kind: m.kind }))).toEqual(reference(t));
  }
});
