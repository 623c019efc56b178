// findCues (utils/trolls/core/cues.ts) scans with the rules' leading word boundary checked by hand,
// for speed; this checks it finds exactly what the rules as written find.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { RULES, findCues } from '../../utils/trolls/core/cues';
import { keyChar, rulePrefixes } from '../../utils/trolls/core/rule-prefixes';
import { datasetsAvailable, loadMlma, loadOlid } from '../../scripts/lib/abuse-data';

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
  'supportsupport support',
  'résupport',
  'éordre order',
  '_order #12345',
  '9order #12345',
  '𝐀order #12345',
  '😡order #12345',
  '😡😡 t’es un naze',
  'xt’es un naze',
  'Ét’es un naze',
  'aaa lol',
  'maga MAGA',
  'https://x.com/a?b=macron',
  // case folding that is not plain lower-casing (long s, Kelvin sign, Turkish İ/ı), capitals, apostrophes
  'ſupport ſhipping',
  'KILL them all',
  'İnvest now, ınvest',
  'ÉLECTIONS PRÉSIDENTIELLES',
  'À ABATTRE',
  'ÇA FAIT 3 JOURS',
  'JE SAIS OÙ TU HABITES',
  'RÉFÉRENCE 123456',
  'ÉCRIVEZ-MOI',
  'Œuvre',
  'ÆON ÿ Ÿ',
  'Tu es',
  't',
  'je',
  'i',
  "J'",
  'ça',
  'T’ES NUL',
  'J’AI REÇU',
  'n’est pas ok',
  't‘es',
  'j’',
  '’’’ t’’es',
  'µ MACRON µ',
];

test('findCues finds exactly what the written rules find', () => {
  expect(texts.length).toBeGreaterThan(500);
  for (const t of [...texts, ...tricky]) {
    expect(findCues(t).map((m) => ({ start: m.start, end: m.end, kind: m.kind }))).toEqual(reference(t));
  }
});

test('findCues finds exactly what the written rules find on the held-out tweets', () => {
  if (!datasetsAvailable()) return;
  const tweets = [...loadOlid(), ...loadMlma('fr')].map((e) => e.text);
  for (const t of tweets)
    expect(
      findCues(t).map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
      t,
    ).toEqual(reference(t));
});

test('every match of a rule begins like one of the prefixes read from its source', () => {
  let checked = 0;
  for (const r of RULES) {
    const prefixes = rulePrefixes(r.scan.source);
    if (!prefixes) continue;
    for (const t of [...texts, ...tricky]) {
      r.scan.lastIndex = 0;
      for (let m = r.scan.exec(t); m; m = r.scan.exec(t)) {
        if (m[0].length === 0) {
          r.scan.lastIndex++;
          continue;
        }
        // the match's beginning in key form, up to the first character without one
        let k = '';
        for (const ch of m[0].slice(0, 3)) {
          const c = ch.length === 1 ? keyChar(ch.charCodeAt(0)) : -1;
          if (c < 0) break;
          k += String.fromCharCode(c);
        }
        const ok = [...prefixes].some((p) => (k.length >= p.length ? k.startsWith(p) : p.startsWith(k)));
        if (!ok) expect.fail(`${r.kind}: "${m[0]}" begins with none of ${[...prefixes].join('|')}`);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
});

test('rulePrefixes reads what it can and gives up on the rest', () => {
  expect([...rulePrefixes('abc|d[eé]f|x?yz')!].sort()).toEqual(['abc', 'def', 'déf', 'xyz', 'yz'].sort());
  expect([...rulePrefixes('(?<=a)b(?:c|\\d)')!].sort()).toEqual(
    ['bc', 'b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'].sort(),
  );
  expect([...rulePrefixes('ab+c')!]).toEqual(['ab']);
  expect(rulePrefixes('a|\\p{L}x')).toBeNull(); // one alternative can begin with any letter
  expect(rulePrefixes('x?')).toBeNull(); // can match nothing
  expect(rulePrefixes('(?<name>a)')).toBeNull(); // not read: tried everywhere
  expect(rulePrefixes('ſa|ka')).toBeNull(); // ſ matches s and S too: no key, so an empty prefix
});
