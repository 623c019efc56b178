// Bundles the fixture composers (real Lexical, Draft.js, Quill 1/2 and ProseMirror at pinned
// versions) once with esbuild into .test-results/composers/, for tests/e2e/insert.test.ts.
// Run alone with `npx tsx scripts/build-composers.ts`; the e2e test calls buildComposers() itself.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './lib/browser';

export const COMPOSER_SRC = path.join(ROOT, 'tests/fixtures/composers/src');
export const COMPOSER_OUT = path.join(ROOT, '.test-results/composers');

/** The editors' own style sheets, served beside the bundles (white-space rules change editing). */
const STYLES: Record<string, string> = {
  'draft.css': 'draft-js/dist/Draft.css',
  'quill1.core.css': 'quill1/dist/quill.core.css',
  'quill2.core.css': 'quill2/dist/quill.core.css',
  'prosemirror.css': 'prosemirror-view/style/prosemirror.css',
};

/** Builds every fixture entry (each src/*.ts except the shared page helper) to COMPOSER_OUT/<name>.js. */
export async function buildComposers(): Promise<string[]> {
  const entries = readdirSync(COMPOSER_SRC)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'page.ts')
    .map((f) => path.join(COMPOSER_SRC, f));
  await build({
    entryPoints: entries,
    outdir: COMPOSER_OUT,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // React and Draft.js read these; the fixtures are production builds.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  mkdirSync(COMPOSER_OUT, { recursive: true });
  for (const [name, from] of Object.entries(STYLES))
    copyFileSync(path.join(ROOT, 'node_modules', from), path.join(COMPOSER_OUT, name));
  return entries.map((e) => path.basename(e, '.ts'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const t = performance.now();
  const names = await buildComposers();
  console.log(
    `built ${names.length} fixture composers in ${Math.round(performance.now() - t)} ms: ${names.join(', ')}`,
  );
}
