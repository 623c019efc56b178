// A fingerprint of classifyComment's whole output (type, confidence, troll and abuse scores, cues with
// spans and labels, action) on every input of verdict-cases.ts: 12 hex digits of SHA-1 per verdict.
// `npx tsx scripts/lib/verdict-snapshot.ts --write` regenerates tests/fixtures/verdict-snapshot.json
// (only when an output change is intended); tests/unit/verdict-snapshot.test.ts compares against it.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT } from './abuse-data';
import { verdictCases } from './verdict-cases';
import { loadAbuseModel } from '../../utils/trolls/core/abuse';
import { classifyComment } from '../../utils/trolls/core/verdict';

export const SNAPSHOT_FILE = path.join(PROJECT, 'tests/fixtures/verdict-snapshot.json');

export type Snapshot = Record<string, string[]>;

export const fingerprint = (v: unknown) => createHash('sha1').update(JSON.stringify(v)).digest('hex').slice(0, 12);

export async function takeSnapshot(): Promise<Snapshot> {
  const model = await loadAbuseModel();
  const out: Snapshot = {};
  for (const set of verdictCases())
    out[set.name] = set.inputs.map((input) => fingerprint(classifyComment(input, model)));
  return out;
}

if (process.argv.includes('--write')) {
  const snap = await takeSnapshot();
  writeFileSync(SNAPSHOT_FILE, JSON.stringify(snap, null, 0).replace(/\],/g, '],\n') + '\n');
  console.log(
    `wrote ${SNAPSHOT_FILE}: ${Object.entries(snap)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', ')}`,
  );
}
