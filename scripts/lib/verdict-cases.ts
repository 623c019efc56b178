// The inputs on which classifyComment's output is pinned (tests/unit/verdict-snapshot.test.ts): every
// comment of the typology fixtures with its own context (with and without its language given), and
// the held-out tweets of the speed bench (OLID-A test, MLMA-FR test fold) three ways: alone, with the
// bench's post and 12-comment thread by others, and as one of that thread's authors (so that the
// "same author earlier" and @-target paths run). Used to prove that a speed-up changes no output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datasetsAvailable, loadMlma, loadOlid, PROJECT } from './abuse-data';
import type { ClassifyInput, ThreadComment } from '../../utils/trolls/core/verdict';

export interface CaseSet {
  name: string;
  inputs: ClassifyInput[];
}

const POST = 'La RoadRunner 3000 arrive en France : deux heures d’autonomie, garantie deux ans.';

function fixtureInputs(file: string): ClassifyInput[] {
  return readFileSync(path.join(PROJECT, 'tests/fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as ClassifyInput & { id: string });
}

function heldOut(name: string, texts: string[]): CaseSet[] {
  const thread = (i: number): ThreadComment[] =>
    Array.from({ length: 12 }, (_, k) => ({ author: `user${k % 5}`, text: texts[(i + 1 + k) % texts.length]! }));
  return [
    { name: `${name} alone`, inputs: texts.map((text) => ({ text })) },
    {
      name: `${name} + post + thread`,
      inputs: texts.map((text, i) => ({ text, author: 'someone', context: { post: POST, thread: thread(i) } })),
    },
    {
      name: `${name} + thread, author in it`,
      inputs: texts.map((text, i) => ({ text, author: `@User${i % 5}`, context: { post: POST, thread: thread(i) } })),
    },
  ];
}

/** The sets; the held-out ones only when ../shared/datasets is there. */
export function verdictCases(): CaseSet[] {
  const sets: CaseSet[] = [];
  for (const f of ['typology-eval.jsonl', 'typology-dev.jsonl']) {
    const inputs = fixtureInputs(f);
    sets.push({ name: f, inputs: inputs.map(({ text, lang, author, context }) => ({ text, lang, author, context })) });
    sets.push({
      name: `${f} (language guessed)`,
      inputs: inputs.map(({ text, author, context }) => ({ text, author, context })),
    });
  }
  if (datasetsAvailable()) {
    sets.push(
      ...heldOut(
        'OLID-A test',
        loadOlid()
          .filter((e) => e.split === 'test')
          .map((e) => e.text),
      ),
    );
    sets.push(
      ...heldOut(
        'MLMA-FR test',
        loadMlma('fr')
          .filter((e) => e.split === 'test')
          .map((e) => e.text),
      ),
    );
  }
  return sets;
}
