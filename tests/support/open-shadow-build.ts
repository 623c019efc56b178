// A Chrome build whose shadow roots are open (WXT_TACT_OPEN_SHADOW=true, see utils/overlay/shadow.ts), so
// axe can look inside Tact's in-page parts. Built with its own mode into .output/chrome-mv3-a11y: the
// build users get (.output/chrome-mv3) is left as it is.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/browser';

export const OPEN_SHADOW_BUILD = path.join(ROOT, '.output/chrome-mv3-a11y');

/** Builds the open-shadow variant from the current sources; returns its folder. */
export function openShadowBuild(): string {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'a11y'], {
    cwd: ROOT,
    env: { ...process.env, WXT_TACT_OPEN_SHADOW: 'true' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`The open-shadow build failed:\n${r.stdout}\n${r.stderr}`);
  return OPEN_SHADOW_BUILD;
}
