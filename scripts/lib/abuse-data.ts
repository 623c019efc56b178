// Loading the labelled sets for the abuse model, with fixed splits shared by scripts/train.ts and
// tests/eval/abuse.eval.ts. The public datasets are read from ../shared/datasets (never copied into
// the project); the split of each example is a seeded hash of its id, so it never changes between
// runs and the held-out folds are never trained on.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HEADS } from '../../utils/trolls/core/abuse';

export const PROJECT = path.resolve(import.meta.dirname, '../..');
export const DATASETS = path.resolve(PROJECT, '../shared/datasets');
export const EXTRA_FILE = path.join(PROJECT, 'tests/fixtures/abuse-extra.jsonl');
export const SEED = 'tact-abuse-2024';

export type Split = 'train' | 'val' | 'test';

export interface Example {
  text: string;
  lang: 'fr' | 'en';
  source: string;
  split: Split;
  /** One label per head (offensive, insult, hate, spam): 1, 0, or null when the set does not say. */
  y: Array<0 | 1 | null>;
  /** Weight of the example in training. */
  weight: number;
  /** Per-output weights set by the trainer (class balance). */
  hw?: number[];
  /** Extra information (HateCheck functionality, MLMA sentiment…). */
  tag?: string;
}

export function datasetsAvailable(): boolean {
  return existsSync(DATASETS);
}

/** A deterministic number in [0, 1) for a string (seeded FNV-1a + avalanche). */
export function unitHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

function splitOf(id: string, test: number, val: number): Split {
  const u = unitHash(`${SEED}:${id}`);
  return u < test ? 'test' : u < test + val ? 'val' : 'train';
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function records(file: string, sep = ','): Array<Record<string, string>> {
  const [head, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), sep);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

function tsv(file: string): Array<Record<string, string>> {
  const [head, ...rows] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

const b = (x: boolean): 0 | 1 => (x ? 1 : 0);
const ds = (...p: string[]) => path.join(DATASETS, ...p);

/** OLID v1.0: training file (train/val) and the official sub-task A test set. */
export function loadOlid(): Example[] {
  const out: Example[] = tsv(ds('olid/olid-training-v1.0.tsv')).map((r) => ({
    text: r.tweet!,
    lang: 'en' as const,
    source: 'olid',
    split: splitOf(`olid:${r.id}`, 0, 0.1),
    y: [b(r.subtask_a === 'OFF'), b(r.subtask_a === 'OFF' && r.subtask_b === 'TIN'), null, 0],
    weight: 1,
  }));
  const gold = new Map(records(ds('olid/labels-levela.csv')).map((r) => [r.id!, r.label!]));
  for (const r of tsv(ds('olid/testset-levela.tsv'))) {
    const g = gold.get(r.id!);
    if (g)
      out.push({
        text: r.tweet!,
        lang: 'en',
        source: 'olid',
        split: 'test',
        y: [b(g === 'OFF'), null, null, null],
        weight: 1,
      });
  }
  return out;
}

/** Davidson et al. 2017: 0 hate, 1 offensive, 2 neither. */
export function loadDavidson(): Example[] {
  return records(ds('davidson/labeled_data.csv')).map((r) => {
    const c = Number(r.class);
    return {
      text: unescapeHtml(r.tweet!),
      lang: 'en' as const,
      source: 'davidson',
      split: splitOf(`davidson:${r['']}`, 0, 0.1),
      y: [b(c !== 2), null, b(c === 0), 0],
      weight: 1,
    };
  });
}

/** MLMA (EN and FR): hostile unless "normal"; hateful when the sentiment says so. FR keeps a 20% test fold. */
export function loadMlma(lang: 'fr' | 'en'): Example[] {
  return records(ds(`mlma/${lang}_dataset.csv`)).map((r) => {
    const s = r.sentiment!;
    return {
      text: r.tweet!,
      lang,
      source: `mlma-${lang}`,
      split: splitOf(`mlma-${lang}:${r.HITId}`, lang === 'fr' ? 0.2 : 0, 0.1),
      y: [b(s !== 'normal'), null, b(s.includes('hateful')), 0],
      weight: 1,
      tag: s,
    };
  });
}

/** YouTube Spam Collection, four videos, duplicate COMMENT_IDs removed; 20% test fold. */
export function loadYoutube(): Example[] {
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const v of ['Youtube01-Psy', 'Youtube02-KatyPerry', 'Youtube03-LMFAO', 'Youtube04-Eminem']) {
    for (const r of records(ds(`youtube_spam/${v}.csv`))) {
      if (seen.has(r.COMMENT_ID!)) continue;
      seen.add(r.COMMENT_ID!);
      out.push({
        text: unescapeHtml(r.CONTENT!),
        lang: 'en',
        source: 'youtube',
        split: splitOf(`yt:${r.COMMENT_ID}`, 0.2, 0.1),
        y: [null, null, null, b(r.CLASS === '1')],
        weight: 1,
        tag: v,
      });
    }
  }
  return out;
}

/** Multilingual HateCheck, French: evaluation only, never trained on. */
export function loadHateCheckFr(): Example[] {
  return records(ds('mhc_fr/hatecheck_cases_final_french.csv')).map((r) => ({
    text: r.test_case!,
    lang: 'fr' as const,
    source: 'mhc-fr',
    split: 'test' as const,
    y: [null, null, b(r.label_gold === 'hateful'), null],
    weight: 0,
    tag: r.functionality!,
  }));
}

interface ExtraLine {
  text: string;
  lang: 'fr' | 'en';
  /** The outputs that are true; every other output is false. */
  labels: string[];
  kind: string;
}

interface ExtraTemplates {
  /** Plural groups, for `{G}`. */
  identities: { fr: string[]; en: string[] };
  /** One member of a group, for `{S}`. */
  singular: { fr: string[]; en: string[] };
}

/**
 * The set written for this project: one JSON object per line. A line whose text holds `{G}` is a
 * template expanded over the identity groups of its language (first line of the file lists them).
 */
export function loadExtra(file = EXTRA_FILE): Example[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'));
  const head = JSON.parse(lines[0]!) as ExtraTemplates;
  const out: Example[] = [];
  for (const l of lines.slice(1)) {
    const e = JSON.parse(l) as ExtraLine;
    const y = HEADS.map((h) => b(e.labels.includes(h)));
    const template = e.text.includes('{G}') ? head.identities : e.text.includes('{S}') ? head.singular : null;
    const texts = template ? template[e.lang].map((g) => e.text.replaceAll('{G}', g).replaceAll('{S}', g)) : [e.text];
    for (const text of texts)
      out.push({ text, lang: e.lang, source: 'extra', split: 'train', y, weight: template ? 0.5 : 2, tag: e.kind });
  }
  return out;
}
