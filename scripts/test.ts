// `npm test`: every suite in order — type check, Chrome and Firefox builds and zips, then the
// unit, dom, build and e2e test projects — and, last and alone on its line, "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/browser';

interface Suite {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const suites: Suite[] = [];
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

function step(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${path.basename(cmd)} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function vitest(): void {
  const out = path.join(ROOT, '.test-results/vitest.json');
  mkdirSync(path.dirname(out), { recursive: true });
  rmSync(out, { force: true });
  console.log('\n▶ tests: vitest run (unit, dom, build, e2e)');
  const r = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  if (!existsSync(out)) {
    suites.push({ name: 'vitest', passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  suites.push({
    name: 'vitest',
    passed: report.numPassedTests,
    // A file that fails to load has no failed test in it but is a failure all the same.
    failed:
      report.numFailedTests +
      (report.numFailedTests === 0 && r.status !== 0 ? Math.max(1, report.numFailedTestSuites) : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  });
}

step('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
// Lint (typescript-eslint, the house's import boundaries, function and line sizes) and formatting.
step('lint', bin('eslint'), ['.']);
step('format', bin('prettier'), ['--check', '.']);
const built = step('build chrome', bin('wxt'), ['zip']) && step('build firefox', bin('wxt'), ['zip', '-b', 'firefox']);
if (built) vitest();
else suites.push({ name: 'vitest (not run: the build failed)', passed: 0, failed: 1, skipped: 0 });

console.log('\nSummary');
for (const s of suites)
  console.log(
    `  ${s.name.padEnd(36)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`,
  );
const total = suites.reduce(
  (a, s) => ({ passed: a.passed + s.passed, failed: a.failed + s.failed, skipped: a.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
